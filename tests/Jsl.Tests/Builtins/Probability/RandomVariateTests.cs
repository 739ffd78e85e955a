using Jsl.Builtins.Numeric;
using Jsl.Builtins.Probability;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Tests.Builtins.Probability;

/// <summary>
/// The random generators against their distributions' means and variances, over 100,000 draws
/// from a fixed seed (so a run is the same every time: these bounds are checked, not sampled).
/// The mean must lie within 5 standard errors of the true mean and the variance within 5% of the
/// true variance, which a generator with the wrong shape, scale or parameter order misses.
/// </summary>
public sealed class RandomVariateTests
{
    private const int Draws = 100_000;

    public static TheoryData<string, double, double> Cases => new()
    {
        // name, mean, variance
        { "Exponential", 1, 1 },
        { "Gamma 0.5", 0.5, 0.5 },
        { "Gamma 3", 3, 3 },
        { "Gamma 50", 50, 50 },
        { "Beta 2 5", 2.0 / 7, 10.0 / (49 * 8) },
        { "Poisson 4", 4, 4 },
        { "Poisson 250", 250, 250 },
        { "Binomial 20 0.3", 6, 4.2 },
        { "Binomial 1000 0.45", 450, 247.5 },
        { "NegativeBinomial 5 0.3", 5 * 0.7 / 0.3, 5 * 0.7 / 0.09 },
        { "Geometric 0.2", 4, 20 },
        { "ChiSquare 4", 4, 8 },
        { "ChiSquare 3 noncentral 2", 5, 14 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draws_have_the_distributions_mean_and_variance(string name, double mean, double variance)
    {
        var random = new SeedableRandom(20261201);
        var values = new double[Draws];
        for (var i = 0; i < Draws; i++) values[i] = Draw(name, random);
        var sampleMean = values.Average();
        var sampleVariance = values.Sum(v => (v - sampleMean) * (v - sampleMean)) / (Draws - 1);
        Assert.InRange(sampleMean, mean - 5 * Math.Sqrt(variance / Draws), mean + 5 * Math.Sqrt(variance / Draws));
        Assert.InRange(sampleVariance, variance * 0.95, variance * 1.05);
    }

    private static double Draw(string name, Random r) => name switch
    {
        "Exponential" => RandomVariates.Exponential(r),
        "Gamma 0.5" => RandomVariates.Gamma(r, 0.5),
        "Gamma 3" => RandomVariates.Gamma(r, 3),
        "Gamma 50" => RandomVariates.Gamma(r, 50),
        "Beta 2 5" => RandomVariates.Beta(r, 2, 5),
        "Poisson 4" => RandomVariates.Poisson(r, 4),
        "Poisson 250" => RandomVariates.Poisson(r, 250),
        "Binomial 20 0.3" => RandomVariates.Binomial(r, 20, 0.3),
        "Binomial 1000 0.45" => RandomVariates.Binomial(r, 1000, 0.45),
        "NegativeBinomial 5 0.3" => RandomVariates.NegativeBinomial(r, 5, 0.3),
        "Geometric 0.2" => RandomVariates.Geometric(r, 0.2),
        "ChiSquare 4" => RandomVariates.ChiSquare(r, 4, 0),
        "ChiSquare 3 noncentral 2" => RandomVariates.ChiSquare(r, 3, 2),
        _ => throw new ArgumentException(name),
    };

    /// <summary>The built-ins as a script calls them, with their Index argument orders and defaults.</summary>
    [Theory]
    [InlineData("Random Gamma( 2, 3 )", 6, 18)]
    [InlineData("Random Beta( 2, 2, 10, 4 )", 12, 0.8)]
    [InlineData("Random Weibull( 2, 3 )", 2.658680776358274, 1.9314165294229646)]
    [InlineData("Random Lognormal( 0.5, 0.25 )", 1.7010573018484008, 0.18662090474627)]
    [InlineData("Random Logistic( 1, 2 )", 1, 13.159472534785811)]
    [InlineData("Random Triangular( 1, 2, 6 )", 3, 1.1666666666666667)]
    [InlineData("Random Triangular( 0.8 )", 0.6, 0.04666666666666667)]
    [InlineData("Random t( 10 )", 0, 1.25)]
    [InlineData("Random F( 5, 20 )", 20.0 / 18, 2 * 400.0 * 23 / (5 * 324 * 16))]
    [InlineData("Random Binomial( 40, 0.25 )", 10, 7.5)]
    [InlineData("Random Negative Binomial( 3, 0.5 )", 3, 6)]
    [InlineData("Random Gamma Poisson( 5, 3 )", 5, 15)]
    public void Built_ins_draw_from_the_documented_distribution(string call, double mean, double variance)
    {
        const int n = 40_000;
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        var drawn = engine.EvaluateValue($"Random Reset( 99 ); J( {n}, 1, {call} )");
        var values = Assert.IsType<MatrixValue>(drawn).Data;
        var sampleMean = values.Average();
        var sampleVariance = values.Sum(v => (v - sampleMean) * (v - sampleMean)) / (n - 1);
        Assert.InRange(sampleMean, mean - 5 * Math.Sqrt(variance / n), mean + 5 * Math.Sqrt(variance / n));
        Assert.InRange(sampleVariance, variance * 0.92, variance * 1.08);
    }

    [Fact]
    public void A_saved_state_restores_the_same_draws()
    {
        var random = new SeedableRandom(5);
        random.NextDouble();
        var saved = random.SaveState();
        var first = new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() };
        Assert.True(random.RestoreState(saved));
        Assert.Equal(first, new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() });
        Assert.False(random.RestoreState(new byte[SeedableRandom.StateLength]));
        Assert.False(random.RestoreState(new byte[3]));
    }

    [Fact]
    public void Bounded_integers_cover_the_range_evenly()
    {
        var random = new SeedableRandom(11);
        var counts = new int[6];
        for (var i = 0; i < 60_000; i++) counts[random.NextInt64(0, 6)]++;
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }
}
