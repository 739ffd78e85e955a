using Jsl.Sockets.Policy;

namespace Jsl.Cli;

/// <summary><c>--allow-net RULE,...</c> and <c>--deny-net RULE,...</c> (each repeatable): the run's <see cref="NetworkPolicy"/>.</summary>
internal static class NetworkPolicyOption
{
    /// <summary>The policy of the rules given, null when none was; the usage message of the first bad rule in <paramref name="error"/>.</summary>
    public static NetworkPolicy? Build(IReadOnlyList<string> allow, IReadOnlyList<string> deny, out string? error)
    {
        error = null;
        if (allow.Count == 0 && deny.Count == 0) return null;
        var policy = new NetworkPolicy();
        if (!AddEach(allow, "--allow-net", policy.Allow, ref error) || !AddEach(deny, "--deny-net", policy.Deny, ref error)) return null;
        return policy;
    }

    private static bool AddEach(IReadOnlyList<string> values, string option, Func<string, NetworkPolicy> add, ref string? error)
    {
        foreach (var value in values)
        {
            try
            {
                add(value);
            }
            catch (FormatException e)
            {
                error = $"{option}: {e.Message}";
                return false;
            }
        }
        return true;
    }
}
