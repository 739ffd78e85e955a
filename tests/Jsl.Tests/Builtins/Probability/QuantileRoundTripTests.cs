using Jsl.Builtins.Probability;

namespace Jsl.Tests.Builtins.Probability;

/// <summary>
/// Each quantile is the inverse of its distribution function across the whole range of p, far
/// tails included: the tail on p's side of the median, evaluated at the quantile, gives back p
/// (or 1 - p) to 1e-12 relative, which a solver that stops early or a tail computed as a
/// complement would miss.
/// </summary>
public sealed class QuantileRoundTripTests
{
    private static readonly double[] Probabilities = [1e-12, 1e-5, 0.01, 0.3, 0.5, 0.77, 0.99, 1 - 1e-5, 1 - 1e-10];

    public static TheoryData<string> Families => new() { "t 3", "t 0.7", "chisquare 7", "chisquare 4 noncentral 3", "gamma 0.3", "gamma 40", "beta 2 9", "beta 0.4 0.6", "F 4 11", "F 2 6 noncentral 5", "normal" };

    [Theory]
    [MemberData(nameof(Families))]
    public void The_distribution_at_the_quantile_is_p(string family)
    {
        foreach (var p in Probabilities)
        {
            // A beta quantile near 1 is a double near 1, good only to 1e-16 absolute: 1 - x, and the
            // upper tail with it, cannot be better than that, so the far upper tail is not asked of it.
            if (family.StartsWith("beta", StringComparison.Ordinal) && p > 0.99) continue;
            var (quantile, tails) = Family(family, p);
            Assert.True(double.IsFinite(quantile), $"{family}: quantile({p:R}) = {quantile}");
            var (lower, upper) = tails(quantile);
            var (got, want) = p <= 0.5 ? (lower, p) : (upper, 1 - p);
            Assert.True(Math.Abs(got - want) <= 1e-12 * want, $"{family}: tail at quantile({p:R}) = {quantile:R} is {got:R}, not {want:R}");
        }
    }

    [Fact]
    public void A_noncentral_tail_near_one_does_not_pass_one()
    {
        var (lower, upper) = ContinuousDistributions.ChiSquareTails(1e5, 3, 1e4);
        Assert.True(lower <= 1, $"lower tail {lower:R}");
        Assert.True(upper >= 0 && upper < 1e-300, $"upper tail {upper:R}");
    }

    [Fact]
    public void A_quantile_below_the_smallest_double_is_about_zero()
    {
        // The true quantile is near 1e-1200; the answer is the smallest doubles can say.
        var q = ContinuousDistributions.BetaQuantile(1e-10, 0.01, 5);
        Assert.InRange(q, 0, 1e-300);
    }

    private static (double Quantile, Func<double, (double, double)> Tails) Family(string family, double p) => family switch
    {
        "t 3" => (ContinuousDistributions.TQuantile(p, 3), x => ContinuousDistributions.TTails(x, 3)),
        "t 0.7" => (ContinuousDistributions.TQuantile(p, 0.7), x => ContinuousDistributions.TTails(x, 0.7)),
        "chisquare 7" => (ContinuousDistributions.ChiSquareQuantile(p, 7, 0), x => ContinuousDistributions.ChiSquareTails(x, 7, 0)),
        "chisquare 4 noncentral 3" => (ContinuousDistributions.ChiSquareQuantile(p, 4, 3), x => ContinuousDistributions.ChiSquareTails(x, 4, 3)),
        "gamma 0.3" => (ContinuousDistributions.GammaQuantile(p, 0.3), x => ContinuousDistributions.GammaTails(x, 0.3)),
        "gamma 40" => (ContinuousDistributions.GammaQuantile(p, 40), x => ContinuousDistributions.GammaTails(x, 40)),
        "beta 2 9" => (ContinuousDistributions.BetaQuantile(p, 2, 9), x => ContinuousDistributions.BetaTails(x, 1 - x, 2, 9)),
        "beta 0.4 0.6" => (ContinuousDistributions.BetaQuantile(p, 0.4, 0.6), x => ContinuousDistributions.BetaTails(x, 1 - x, 0.4, 0.6)),
        "F 4 11" => (ContinuousDistributions.FQuantile(p, 4, 11, 0), x => ContinuousDistributions.FTails(x, 4, 11, 0)),
        "F 2 6 noncentral 5" => (ContinuousDistributions.FQuantile(p, 2, 6, 5), x => ContinuousDistributions.FTails(x, 2, 6, 5)),
        "normal" => (NormalFunctions.Quantile(p), x => (NormalFunctions.Cdf(x), NormalFunctions.Complement(x))),
        _ => throw new ArgumentException(family),
    };
}
