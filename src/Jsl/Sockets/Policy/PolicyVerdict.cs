namespace Jsl.Sockets.Policy;

/// <summary>What the policy said of one address: allowed, or refused with the reason <c>--trace</c> shows.</summary>
internal readonly record struct PolicyVerdict(bool Allowed, string Reason)
{
    /// <summary>Allowed (no rule refused it).</summary>
    public static readonly PolicyVerdict Allow = new(true, "");

    /// <summary>Refused by the deny rule <paramref name="rule"/>.</summary>
    public static PolicyVerdict DeniedBy(NetworkRule rule) => new(false, "denied by the rule " + rule.Text);

    /// <summary>Refused because an allow list exists and no rule of it covers the address.</summary>
    public static readonly PolicyVerdict NotAllowed = new(false, "not in the allow list");
}
