namespace Jsl.Cli;

/// <summary>How a script runs: the socket trace, the <c>--limit</c> settings, the network rules and the <c>--timeout</c> text.</summary>
internal sealed record RunSettings(bool Trace, string[] Limits, string[] AllowNet, string[] DenyNet, string? Timeout)
{
    /// <summary>Applies <c>--limit</c>, <c>--allow-net</c> and <c>--deny-net</c> to <paramref name="engine"/> and reads <c>--timeout</c>; the usage message of a bad one, or null.</summary>
    public string? Configure(Engine engine, out TimeSpan? timeout)
    {
        timeout = null;
        if (LimitOption.Apply(Limits, engine.Limits) is string limitError) return limitError;
        var policy = NetworkPolicyOption.Build(AllowNet, DenyNet, out var policyError);
        if (policyError is not null) return policyError;
        engine.NetworkPolicy = policy;
        timeout = TimeoutOption.Parse(Timeout, out var timeoutError);
        return timeoutError;
    }
}
