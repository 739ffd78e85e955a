using Jsl.Sockets.Policy;

namespace Jsl;

/// <summary>
/// Which addresses a script's sockets may use (<c>jsl --allow-net</c> / <c>--deny-net</c>):
/// <c>Connect</c> and <c>SendTo</c> are checked against the destination, <c>Bind</c> against the
/// local address, after name resolution. With no allow rule every address is allowed (as in
/// JMP); with one, only the addresses an allow rule covers. A deny rule wins over any allow
/// rule. A refused message returns its usual list with the status
/// <c>"NETPOLICY: The network policy does not allow this address. "</c>.
/// </summary>
/// <remarks>
/// A rule is <c>HOST</c>, <c>HOST:PORT</c>, an IP address, <c>[IPV6]:PORT</c>, or a CIDR range
/// (<c>10.0.0.0/8</c>, <c>::1/128</c>, also with <c>:PORT</c>). Set the policy on
/// <see cref="Engine.NetworkPolicy"/> before the script runs; adding rules later takes effect at
/// the next message.
/// </remarks>
public sealed class NetworkPolicy
{
    private readonly Lock gate = new();
    private readonly List<NetworkRule> allowRules = [];
    private readonly List<NetworkRule> denyRules = [];

    /// <summary>Adds allow rules: one rule, or several separated by commas.</summary>
    /// <exception cref="FormatException">A rule is not valid; the message names it.</exception>
    /// <returns>This policy, for chaining.</returns>
    public NetworkPolicy Allow(string rules) => Add(allowRules, rules);

    /// <summary>Adds deny rules: one rule, or several separated by commas.</summary>
    /// <exception cref="FormatException">A rule is not valid; the message names it.</exception>
    /// <returns>This policy, for chaining.</returns>
    public NetworkPolicy Deny(string rules) => Add(denyRules, rules);

    /// <summary>True when the policy has no rule at all (every address allowed).</summary>
    public bool IsEmpty
    {
        get
        {
            lock (gate) return allowRules.Count == 0 && denyRules.Count == 0;
        }
    }

    /// <summary>The allow rules, in the order added (a snapshot).</summary>
    internal IReadOnlyList<NetworkRule> AllowRules
    {
        get
        {
            lock (gate) return [.. allowRules];
        }
    }

    /// <summary>The deny rules, in the order added (a snapshot).</summary>
    internal IReadOnlyList<NetworkRule> DenyRules
    {
        get
        {
            lock (gate) return [.. denyRules];
        }
    }

    /// <summary>
    /// Parses every rule before adding any, so a bad list leaves the policy as it was.
    /// Decision: empty items (<c>a,,b</c>, a trailing comma) are refused as "an empty rule":
    /// in a security setting a silently ignored item is more likely a mistake than intent.
    /// </summary>
    private NetworkPolicy Add(List<NetworkRule> list, string rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var parsed = new List<NetworkRule>();
        foreach (var text in rules.Split(','))
        {
            if (!NetworkRuleParser.TryParse(text, out var rule, out var error))
            {
                throw new FormatException($"bad network rule '{text.Trim()}': {error}");
            }
            parsed.Add(rule!);
        }
        lock (gate) list.AddRange(parsed);
        return this;
    }
}
