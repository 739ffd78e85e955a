namespace Jsl.Builtins.Probability;

/// <summary>
/// Sums Σ_j Poisson(j; μ) · f(j), the form every noncentral chi-square and F function takes: from
/// the Poisson mode outward in both directions until the weights no longer change the sum.
/// </summary>
internal static class PoissonMixture
{
    private const int MaxTerms = 100_000;
    private const double Negligible = 1e-17;

    /// <summary>Σ_j w_j f(j) for a nonnegative f.</summary>
    public static double Sum(double mu, Func<int, double> term) => SumTails(mu, j => (term(j), 0)).Lower;

    /// <summary>Σ_j w_j (lower_j, upper_j), each tail summed on its own so neither is a complement.</summary>
    public static (double Lower, double Upper) SumTails(double mu, Func<int, (double Lower, double Upper)> tails)
    {
        if (double.IsNaN(mu) || mu < 0 || mu > 1e9) return (double.NaN, double.NaN);
        var mode = (int)Math.Floor(mu);
        double lower = 0, upper = 0, weightSum = 0;
        for (var j = mode; j < mode + MaxTerms; j++)
        {
            var weight = Weight(mu, j);
            var (l, u) = tails(j);
            lower += weight * l;
            upper += weight * u;
            weightSum += weight;
            if (j > mu && weight < Negligible * weightSum) break;
        }
        for (var j = mode - 1; j >= 0 && j > mode - MaxTerms; j--)
        {
            var weight = Weight(mu, j);
            var (l, u) = tails(j);
            lower += weight * l;
            upper += weight * u;
            weightSum += weight;
            if (weight < Negligible * weightSum) break;
        }
        // The weights' rounding errors are mostly common to all of them (one log-gamma per term);
        // dividing by their sum removes that part, so a tail near 1 does not pass 1.
        return weightSum > 0 ? (Math.Min(1, lower / weightSum), Math.Min(1, upper / weightSum)) : (double.NaN, double.NaN);
    }

    private static double Weight(double mu, int j) =>
        mu == 0 ? (j == 0 ? 1 : 0) : Math.Exp(j * Math.Log(mu) - mu - SpecialFunctions.LogGamma(j + 1));
}
