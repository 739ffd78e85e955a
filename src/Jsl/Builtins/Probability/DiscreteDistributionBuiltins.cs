using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Probability;

/// <summary>
/// The Scripting Index's Discrete Probability functions jsl provides: binomial, Poisson, gamma Poisson,
/// hypergeometric (with the optional odds ratio of Fisher's noncentral form) and negative binomial
/// (failures before the n-th success). Arguments in the Index's orders; numbers or matrices
/// element by element. Decision: a probability at a count that is not a whole number is 0, and a
/// distribution at one counts the whole numbers below it (P(X ≤ 2.5) = P(X ≤ 2)); parameters
/// outside their domain give missing.
/// </summary>
internal static class DiscreteDistributionBuiltins
{
    private const string Category = "Discrete Probability";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        Add(table, "Binomial Probability", 3, [], a => DiscreteDistributions.BinomialProbability(a[0], a[1], a[2]));
        Add(table, "Binomial Distribution", 3, [], a => DiscreteDistributions.BinomialDistribution(a[0], a[1], a[2]));
        Add(table, "Binomial Quantile", 3, [], a => DiscreteDistributions.BinomialQuantile(a[0], a[1], a[2]));
        Add(table, "Poisson Probability", 2, [], a => DiscreteDistributions.PoissonProbability(a[0], a[1]));
        Add(table, "Poisson Distribution", 2, [], a => DiscreteDistributions.PoissonDistribution(a[0], a[1]));
        Add(table, "Poisson Quantile", 2, [], a => DiscreteDistributions.PoissonQuantile(a[0], a[1]));
        Add(table, "Neg Binomial Probability", 3, [], a => DiscreteDistributions.NegBinomialProbability(a[0], a[1], a[2]));
        Add(table, "Neg Binomial Distribution", 3, [], a => DiscreteDistributions.NegBinomialDistribution(a[0], a[1], a[2]));
        Add(table, "Gamma Poisson Probability", 3, [], a => DiscreteDistributions.GammaPoissonProbability(a[0], a[1], a[2]));
        Add(table, "Gamma Poisson Distribution", 3, [], a => DiscreteDistributions.GammaPoissonDistribution(a[0], a[1], a[2]));
        Add(table, "Gamma Poisson Quantile", 3, [], a => DiscreteDistributions.GammaPoissonQuantile(a[0], a[1], a[2]));
        AddHypergeometric(table, "Hypergeometric Probability", cumulative: false);
        AddHypergeometric(table, "Hypergeometric Distribution", cumulative: true);
    }

    private static void Add(BuiltinTable table, string name, int required, double[] defaults, Func<double[], double> function) =>
        table.Add(Category, name, c => DistributionArguments.Apply(c, required, defaults, function));

    /// <summary><c>Hypergeometric Probability(N, K, n, x, &lt;r = 1&gt;)</c> and its cumulative twin.</summary>
    private static void AddHypergeometric(BuiltinTable table, string name, bool cumulative)
    {
        table.Add(Category, name, c => DistributionArguments.Apply(c, 4, [1],
            a => DiscreteDistributions.Hypergeometric(a[0], a[1], a[2], a[3], a[4], cumulative),
            a => TooWide(a, name, cumulative)));
    }

    /// <summary>A sum over more support points than a call should take is an error, not a long stall.</summary>
    private static string? TooWide(double[] a, string name, bool cumulative)
    {
        if (double.IsNaN(a[0]) || double.IsNaN(a[1]) || double.IsNaN(a[2])) return null;
        // Only the cumulative and the noncentral forms sum over the support.
        if (!cumulative && a[4] == 1) return null;
        if (!DiscreteDistributions.ValidHypergeometric(a[0], a[1], a[2], double.IsNaN(a[4]) ? 1 : a[4])) return null;
        var (low, high) = DiscreteDistributions.HypergeometricSupport(a[0], a[1], a[2]);
        return high - low > DiscreteDistributions.MaxHypergeometricSupport
            ? $"{name} needs a support of at most {DiscreteDistributions.MaxHypergeometricSupport} counts"
            : null;
    }
}
