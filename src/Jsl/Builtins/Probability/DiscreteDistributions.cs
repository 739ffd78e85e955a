namespace Jsl.Builtins.Probability;

/// <summary>
/// Probabilities, distribution functions and quantiles of the binomial, Poisson, negative binomial
/// and hypergeometric distributions. Cumulative values go through the incomplete beta and gamma
/// functions (no long sums), so they stay accurate in the tails. Invalid parameters give NaN.
/// </summary>
internal static class DiscreteDistributions
{
    /// <summary>The largest count a quantile search walks to: every whole number up to it is a double.</summary>
    private const double LargestCount = 9007199254740992;

    /// <summary>The most support points a hypergeometric sum visits.</summary>
    public const int MaxHypergeometricSupport = 10_000_000;

    private static bool IsWhole(double x) => x == Math.Floor(x) && double.IsFinite(x);

    /// <summary>ln C(n, k) for whole 0 ≤ k ≤ n.</summary>
    public static double LogChoose(double n, double k)
    {
        if (k == 0 || k == n) return 0;
        if (k == 1 || k == n - 1) return Math.Log(n);
        if (n < 1000)
        {
            // The multiplicative form rounds once per factor, better than three large log-gammas.
            k = Math.Min(k, n - k);
            var product = 1.0;
            for (var i = 1; i <= k; i++) product = product * (n - k + i) / i;
            return Math.Log(product);
        }
        // C(n, k) = 1 / ((n + 1) B(n - k + 1, k + 1)), whose log-beta keeps its digits for large n.
        return -Math.Log(n + 1) - SpecialFunctions.LogBeta(n - k + 1, k + 1);
    }

    // --- binomial

    /// <summary>P(X = k) for X ~ Binomial(n, p).</summary>
    public static double BinomialProbability(double p, double n, double k)
    {
        if (!ValidBinomial(p, n) || double.IsNaN(k)) return double.NaN;
        if (!IsWhole(k) || k < 0 || k > n) return 0;
        if (p == 0) return k == 0 ? 1 : 0;
        if (p == 1) return k == n ? 1 : 0;
        if (k == 0) return Math.Exp(n * SpecialFunctions.Log1P(-p));
        if (k == n) return Math.Pow(p, n);
        // Loader's saddle-point form: no large logarithms are subtracted.
        var q = 1 - p;
        var exponent = SaddlePointTerms.StirlingError(n) - SaddlePointTerms.StirlingError(k) - SaddlePointTerms.StirlingError(n - k)
            - SaddlePointTerms.Deviance(k, n * p) - SaddlePointTerms.Deviance(n - k, n * q);
        return Math.Exp(exponent) * Math.Sqrt(n / (2 * Math.PI * k * (n - k)));
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p).</summary>
    public static double BinomialDistribution(double p, double n, double k)
    {
        if (!ValidBinomial(p, n) || double.IsNaN(k)) return double.NaN;
        k = Math.Floor(k);
        if (k < 0) return 0;
        if (k >= n) return 1;
        // P(X ≤ k) = I_{1-p}(n - k, k + 1).
        return IncompleteBeta.Tails(1 - p, p, n - k, k + 1).Lower;
    }

    /// <summary>The smallest whole k with P(X ≤ k) ≥ cumprob.</summary>
    public static double BinomialQuantile(double p, double n, double cumprob)
    {
        if (!ValidBinomial(p, n) || !ValidProbability(cumprob)) return double.NaN;
        return SmallestCount(k => BinomialDistribution(p, n, k), cumprob, 0, n);
    }

    private static bool ValidBinomial(double p, double n) => p >= 0 && p <= 1 && n >= 0 && IsWhole(n) && n <= LargestCount;

    // --- Poisson

    /// <summary>P(X = k) for X ~ Poisson(λ).</summary>
    public static double PoissonProbability(double lambda, double k)
    {
        if (!(lambda >= 0) || double.IsInfinity(lambda) || double.IsNaN(k)) return double.NaN;
        if (!IsWhole(k) || k < 0) return 0;
        if (lambda == 0) return k == 0 ? 1 : 0;
        if (k == 0) return Math.Exp(-lambda);
        // Loader's saddle-point form: e^(-δ(k) - D(k, λ)) / √(2πk).
        return Math.Exp(-SaddlePointTerms.StirlingError(k) - SaddlePointTerms.Deviance(k, lambda)) / Math.Sqrt(2 * Math.PI * k);
    }

    /// <summary>P(X ≤ k) for X ~ Poisson(λ): Q(k + 1, λ).</summary>
    public static double PoissonDistribution(double lambda, double k)
    {
        if (!(lambda >= 0) || double.IsInfinity(lambda) || double.IsNaN(k)) return double.NaN;
        k = Math.Floor(k);
        if (k < 0) return 0;
        if (lambda == 0) return 1;
        return IncompleteGamma.Upper(k + 1, lambda);
    }

    /// <summary>The smallest whole k with P(X ≤ k) ≥ cumprob.</summary>
    public static double PoissonQuantile(double lambda, double cumprob)
    {
        if (!(lambda >= 0) || lambda > LargestCount / 4 || !ValidProbability(cumprob)) return double.NaN;
        return SmallestCount(k => PoissonDistribution(lambda, k), cumprob, 0, UpperSearchBound(lambda));
    }

    /// <summary>A count beyond which the Poisson tail is below every double probability.</summary>
    private static double UpperSearchBound(double mean) => Math.Min(LargestCount, Math.Ceiling(mean + 40 * Math.Sqrt(mean) + 100));

    // --- negative binomial (failures before the n-th success)

    /// <summary>P(X = k) failures before the n-th success, each trial succeeding with probability p.</summary>
    public static double NegBinomialProbability(double p, double n, double k)
    {
        if (!ValidNegBinomial(p, n) || double.IsNaN(k)) return double.NaN;
        if (!IsWhole(k) || k < 0) return 0;
        if (p == 1) return k == 0 ? 1 : 0;
        // C(n + k - 1, k) = 1 / (k B(n, k)) for k ≥ 1.
        var logChoose = k == 0 ? 0 : -Math.Log(k) - SpecialFunctions.LogBeta(n, k);
        return Math.Exp(logChoose + n * Math.Log(p) + k * SpecialFunctions.Log1P(-p));
    }

    /// <summary>P(X ≤ k) = I_p(n, k + 1).</summary>
    public static double NegBinomialDistribution(double p, double n, double k)
    {
        if (!ValidNegBinomial(p, n) || double.IsNaN(k)) return double.NaN;
        k = Math.Floor(k);
        if (k < 0) return 0;
        if (p == 1) return 1;
        return IncompleteBeta.Tails(p, 1 - p, n, k + 1).Lower;
    }

    private static bool ValidNegBinomial(double p, double n) => p > 0 && p <= 1 && n > 0 && double.IsFinite(n);

    // --- gamma Poisson (mean λ, overdispersion σ ≥ 1)

    /// <summary>
    /// P(X = k) for the gamma Poisson with mean λ and overdispersion σ. Decision: σ is the ratio of
    /// the variance to the mean (variance λσ), the Index's "overdispersion parameter" with σ = 1 the
    /// Poisson; that is the negative binomial with r = λ / (σ - 1) events and p = 1 / σ.
    /// </summary>
    public static double GammaPoissonProbability(double k, double lambda, double sigma)
    {
        if (!ValidGammaPoisson(lambda, sigma) || double.IsNaN(k)) return double.NaN;
        return sigma == 1 ? PoissonProbability(lambda, k) : NegBinomialProbability(1 / sigma, lambda / (sigma - 1), k);
    }

    /// <summary>P(X ≤ k) for the gamma Poisson.</summary>
    public static double GammaPoissonDistribution(double k, double lambda, double sigma)
    {
        if (!ValidGammaPoisson(lambda, sigma) || double.IsNaN(k)) return double.NaN;
        return sigma == 1 ? PoissonDistribution(lambda, k) : NegBinomialDistribution(1 / sigma, lambda / (sigma - 1), k);
    }

    /// <summary>The smallest whole k with P(X ≤ k) ≥ cumprob for the gamma Poisson.</summary>
    public static double GammaPoissonQuantile(double lambda, double sigma, double cumprob)
    {
        if (!ValidGammaPoisson(lambda, sigma) || lambda * sigma > LargestCount / 4 || !ValidProbability(cumprob)) return double.NaN;
        var bound = Math.Min(LargestCount, Math.Ceiling(lambda + 40 * Math.Sqrt(lambda * sigma) * Math.Max(1, sigma) + 100));
        return SmallestCount(k => GammaPoissonDistribution(k, lambda, sigma), cumprob, 0, bound);
    }

    private static bool ValidGammaPoisson(double lambda, double sigma) => lambda > 0 && double.IsFinite(lambda) && sigma >= 1 && double.IsFinite(sigma);

    // --- hypergeometric (with Fisher's noncentral form for an odds ratio r ≠ 1)

    /// <summary>Whether the hypergeometric parameters are whole numbers with 0 ≤ K ≤ N and 0 ≤ n ≤ N.</summary>
    public static bool ValidHypergeometric(double population, double successes, double sample, double oddsRatio) =>
        IsWhole(population) && IsWhole(successes) && IsWhole(sample) && population >= 0 && population <= LargestCount
        && successes >= 0 && successes <= population && sample >= 0 && sample <= population && oddsRatio > 0 && double.IsFinite(oddsRatio);

    /// <summary>The support [max(0, n - (N - K)), min(n, K)].</summary>
    public static (double Low, double High) HypergeometricSupport(double population, double successes, double sample) =>
        (Math.Max(0, sample - (population - successes)), Math.Min(sample, successes));

    /// <summary>P(X = x), or with <paramref name="cumulative"/> P(X ≤ x), for Fisher's (noncentral when r ≠ 1) hypergeometric.</summary>
    public static double Hypergeometric(double population, double successes, double sample, double x, double oddsRatio, bool cumulative)
    {
        if (!ValidHypergeometric(population, successes, sample, oddsRatio) || double.IsNaN(x)) return double.NaN;
        var (low, high) = HypergeometricSupport(population, successes, sample);
        if (cumulative)
        {
            x = Math.Floor(x);
            if (x < low) return 0;
            if (x >= high) return 1;
        }
        else if (!IsWhole(x) || x < low || x > high)
        {
            return 0;
        }
        double LogTerm(double y) => LogChoose(successes, y) + LogChoose(population - successes, sample - y) + y * Math.Log(oddsRatio);
        if (oddsRatio == 1 && !cumulative) return Math.Exp(LogTerm(x) - LogChoose(population, sample));
        // Terms are scaled by the largest so neither sum overflows nor underflows.
        var peak = double.NegativeInfinity;
        for (var y = low; y <= high; y++) peak = Math.Max(peak, LogTerm(y));
        double total = 0, below = 0;
        for (var y = low; y <= high; y++)
        {
            var term = Math.Exp(LogTerm(y) - peak);
            total += term;
            if (cumulative ? y <= x : y == x) below += term;
        }
        return below / total;
    }

    // --- shared

    private static bool ValidProbability(double p) => p >= 0 && p <= 1;

    /// <summary>
    /// Binary search for the smallest whole k in [low, high] with cdf(k) ≥ p. Decision: the
    /// comparison allows a relative 1e-12 below p, so a cumulative probability that equals p in
    /// exact arithmetic (Binomial Quantile(0.5, 2, 0.25) is 0) is not missed by a rounding in the
    /// last place.
    /// </summary>
    private static double SmallestCount(Func<double, double> cdf, double p, double low, double high)
    {
        if (p == 0) return low;
        var target = p * (1 - 1e-12);
        if (cdf(high) < target) return high;
        while (low < high)
        {
            var middle = Math.Floor(low + (high - low) / 2);
            if (cdf(middle) >= target) high = middle;
            else low = middle + 1;
        }
        return low;
    }
}
