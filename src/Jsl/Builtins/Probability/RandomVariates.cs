namespace Jsl.Builtins.Probability;

/// <summary>
/// Draws from the distributions JSL's random functions name, all from one uniform generator (the
/// run's), so <c>Random Reset</c> makes every one of them repeatable. Exact algorithms throughout:
/// Marsaglia–Tsang for gamma, Hörmann's PTRS for large Poisson means, Knuth's beta splitting for
/// large binomials; the rest by inversion or by their textbook construction from those.
/// </summary>
internal static class RandomVariates
{
    /// <summary>A uniform in the open interval (0, 1): never 0, so its logarithm is finite.</summary>
    public static double OpenUniform(Random random)
    {
        double u;
        do u = random.NextDouble();
        while (u == 0);
        return u;
    }

    /// <summary>A standard normal (Box–Muller, one value per call).</summary>
    public static double Normal(Random random)
    {
        var u1 = OpenUniform(random);
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A standard exponential.</summary>
    public static double Exponential(Random random) => -Math.Log(OpenUniform(random));

    /// <summary>A gamma with the given shape and scale 1 (Marsaglia and Tsang, 2000).</summary>
    public static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
            return Gamma(random, shape + 1) * Math.Pow(OpenUniform(random), 1 / shape);
        }
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = OpenUniform(random);
            if (u < 1 - 0.0331 * x * x * x * x) return d * v;
            if (Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }

    /// <summary>A beta on [0, 1] as the ratio of two gammas.</summary>
    public static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        var y = Gamma(random, b);
        return x / (x + y);
    }

    /// <summary>A chi-square with df degrees of freedom and noncentrality λ (a Poisson mixture of central ones).</summary>
    public static double ChiSquare(Random random, double df, double lambda)
    {
        var extra = lambda > 0 ? Poisson(random, lambda / 2) : 0;
        return 2 * Gamma(random, df / 2 + extra);
    }

    /// <summary>A Poisson count with mean λ.</summary>
    public static double Poisson(Random random, double lambda)
    {
        if (lambda == 0) return 0;
        if (lambda < 30)
        {
            // Knuth: multiply uniforms until the product falls below e^(-λ).
            var limit = Math.Exp(-lambda);
            var product = random.NextDouble();
            var count = 0;
            while (product > limit)
            {
                count++;
                product *= random.NextDouble();
            }
            return count;
        }
        return PoissonByRejection(random, lambda);
    }

    /// <summary>Hörmann's transformed rejection with squeeze (PTRS, 1993) for λ ≥ 10.</summary>
    private static double PoissonByRejection(Random random, double lambda)
    {
        var sqrtLambda = Math.Sqrt(lambda);
        var logLambda = Math.Log(lambda);
        var b = 0.931 + 2.53 * sqrtLambda;
        var a = -0.059 + 0.02483 * b;
        var inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log(a / (us * us) + b) <= -lambda + k * logLambda - SpecialFunctions.LogGamma(k + 1)) return k;
        }
    }

    /// <summary>A binomial count of n trials with success probability p.</summary>
    public static double Binomial(Random random, double n, double p)
    {
        var count = 0.0;
        // Knuth's splitting: the a-th smallest of n uniforms is Beta(a, n + 1 - a); it decides
        // which side of p holds how many of them, and the search recurses into one side.
        while (n > 40)
        {
            var a = Math.Floor(1 + n / 2);
            var b = n + 1 - a;
            var x = Beta(random, a, b);
            if (x >= p)
            {
                n = a - 1;
                p /= x;
            }
            else
            {
                count += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p) count++;
        }
        return count;
    }

    /// <summary>The number of failures before the r-th success, as a gamma–Poisson mixture.</summary>
    public static double NegativeBinomial(Random random, double r, double p)
    {
        if (p == 1) return 0;
        return Poisson(random, Gamma(random, r) * (1 - p) / p);
    }

    /// <summary>The number of failures before the first success, by inversion.</summary>
    public static double Geometric(Random random, double p)
    {
        if (p == 1) return 0;
        return Math.Floor(Math.Log(OpenUniform(random)) / SpecialFunctions.Log1P(-p));
    }
}
