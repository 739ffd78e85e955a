using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Probability;

/// <summary>
/// One continuous distribution as JSL names it: its density, both tails of its distribution
/// function, and its quantile, each taking the value first and the parameters after it. Registering
/// a family adds <c>&lt;Name&gt; Density</c>, <c>Distribution</c> and <c>Quantile</c>, and, where the
/// Index lists them, <c>Log Density</c>, <c>Log Distribution</c> and <c>Log CDistribution</c>.
/// </summary>
internal sealed record DistributionFamily(
    string Name,
    int Required,
    double[] Defaults,
    Func<double[], double> Density,
    Func<double[], (double Lower, double Upper)> Tails,
    Func<double[], double> Quantile)
{
    /// <summary>Names a parameter combination jsl does not compute (the message), or null.</summary>
    public Func<double[], string?>? Reject { get; init; }

    /// <summary>The log density, where a closed form is more accurate than the log of the density.</summary>
    public Func<double[], double>? LogDensity { get; init; }

    /// <summary>ln P(X &lt; x), where it stays finite beyond the underflow of P.</summary>
    public Func<double[], double>? LogLower { get; init; }

    /// <summary>ln P(X &gt; x), where it stays finite beyond the underflow of P.</summary>
    public Func<double[], double>? LogUpper { get; init; }

    /// <summary>Adds the family's built-ins under <paramref name="category"/>, with extra names for the same family.</summary>
    public void Register(BuiltinTable table, string category, bool withLogForms, params string[] aliases)
    {
        foreach (var name in aliases.Prepend(Name))
        {
            Add(table, category, name + " Density", Density);
            Add(table, category, name + " Distribution", a => Tails(a).Lower);
            Add(table, category, name + " Quantile", Quantile);
        }
        if (!withLogForms) return;
        Add(table, category, Name + " Log Density", LogDensity ?? (a => Math.Log(Density(a))));
        Add(table, category, Name + " Log Distribution", LogLower ?? (a => Math.Log(Tails(a).Lower)));
        Add(table, category, Name + " Log CDistribution", LogUpper ?? (a => Math.Log(Tails(a).Upper)));
    }

    private void Add(BuiltinTable table, string category, string name, Func<double[], double> function) =>
        table.Add(category, name, c => DistributionArguments.Apply(c, Required, Defaults, function, Reject));
}
