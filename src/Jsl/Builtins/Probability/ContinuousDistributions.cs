namespace Jsl.Builtins.Probability;

/// <summary>
/// Densities, distribution functions and quantiles of the continuous families JSL names, on
/// standardized arguments (location and scale are applied by the built-ins). Each distribution
/// function returns both tails, computed directly, so complements stay accurate. Invalid
/// parameters give NaN, which the built-ins show as missing.
/// </summary>
internal static class ContinuousDistributions
{
    /// <summary>Decision: past this many degrees of freedom Student's t is the normal (they differ by less than 1e-10 there).</summary>
    private const double NormalLimitDf = 1e10;

    // --- Student's t

    /// <summary>The density of Student's t with df degrees of freedom.</summary>
    public static double TDensity(double t, double df)
    {
        if (!(df > 0) || double.IsNaN(t)) return double.NaN;
        if (df > NormalLimitDf) return NormalFunctions.Density(t);
        var logDensity = SpecialFunctions.LogGamma((df + 1) / 2) - SpecialFunctions.LogGamma(df / 2) - 0.5 * Math.Log(df * Math.PI)
            - (df + 1) / 2 * SpecialFunctions.Log1P(t * t / df);
        return Math.Exp(logDensity);
    }

    /// <summary>(P(T &lt; t), P(T &gt; t)) for Student's t.</summary>
    public static (double Lower, double Upper) TTails(double t, double df)
    {
        if (!(df > 0) || double.IsNaN(t)) return (double.NaN, double.NaN);
        if (df > NormalLimitDf) return (NormalFunctions.Cdf(t), NormalFunctions.Complement(t));
        if (double.IsInfinity(t)) return t > 0 ? (1, 0) : (0, 1);
        var t2 = t * t;
        // The far tail is ½ I_x(df/2, ½) with x = df / (df + t²); y = t² / (df + t²) is its exact complement.
        var tail = 0.5 * IncompleteBeta.Tails(df / (df + t2), t2 / (df + t2), df / 2, 0.5).Lower;
        return t < 0 ? (tail, 1 - tail) : (1 - tail, tail);
    }

    /// <summary>The quantile of Student's t.</summary>
    public static double TQuantile(double p, double df)
    {
        if (!(df > 0) || double.IsNaN(p) || p <= 0 || p >= 1) return double.NaN;
        if (df == 1) return p < 0.5 ? -1 / Math.Tan(Math.PI * p) : 1 / Math.Tan(Math.PI * (1 - p));
        if (df > NormalLimitDf) return NormalFunctions.Quantile(p);
        return QuantileSolver.Solve(p, t => TTails(t, df), t => TDensity(t, df), NormalFunctions.Quantile(p), double.NegativeInfinity, double.PositiveInfinity);
    }

    // --- gamma and chi-square

    /// <summary>The density of the standard gamma distribution with shape a (scale 1).</summary>
    public static double GammaDensity(double x, double a)
    {
        if (!(a > 0) || double.IsNaN(x)) return double.NaN;
        if (x < 0) return 0;
        if (x == 0) return a == 1 ? 1 : a > 1 ? 0 : double.NaN;
        return Math.Exp((a - 1) * Math.Log(x) - x - SpecialFunctions.LogGamma(a));
    }

    /// <summary>(P(X &lt; x), P(X &gt; x)) for the standard gamma distribution.</summary>
    public static (double Lower, double Upper) GammaTails(double x, double a)
    {
        if (!(a > 0) || double.IsNaN(x)) return (double.NaN, double.NaN);
        return x <= 0 ? (0, 1) : IncompleteGamma.Tails(a, x);
    }

    /// <summary>The quantile of the standard gamma distribution.</summary>
    public static double GammaQuantile(double p, double a)
    {
        if (!(a > 0) || double.IsNaN(p) || p < 0 || p >= 1) return double.NaN;
        if (p == 0) return 0;
        // Wilson–Hilferty's cube-root normal approximation starts the search near the answer.
        var z = NormalFunctions.Quantile(p);
        var cube = 1 - 1 / (9 * a) + z / (3 * Math.Sqrt(a));
        var guess = a * cube * cube * cube;
        if (!(guess > 0)) guess = Math.Pow(p * a * Math.Exp(SpecialFunctions.LogGamma(a)), 1 / a);
        return QuantileSolver.Solve(p, x => GammaTails(x, a), x => GammaDensity(x, a), guess, 0, double.PositiveInfinity);
    }

    /// <summary>The density of chi-square with df degrees of freedom and noncentrality λ.</summary>
    public static double ChiSquareDensity(double x, double df, double lambda)
    {
        if (!(df > 0) || !(lambda >= 0)) return double.NaN;
        if (lambda == 0) return 0.5 * GammaDensity(x / 2, df / 2);
        return PoissonMixture.Sum(lambda / 2, j => 0.5 * GammaDensity(x / 2, df / 2 + j));
    }

    /// <summary>The two tails of chi-square with df degrees of freedom and noncentrality λ (a Poisson mixture of central ones).</summary>
    public static (double Lower, double Upper) ChiSquareTails(double x, double df, double lambda)
    {
        if (!(df > 0) || !(lambda >= 0)) return (double.NaN, double.NaN);
        if (lambda == 0) return GammaTails(x / 2, df / 2);
        return PoissonMixture.SumTails(lambda / 2, j => GammaTails(x / 2, df / 2 + j));
    }

    /// <summary>The chi-square quantile.</summary>
    public static double ChiSquareQuantile(double p, double df, double lambda)
    {
        if (!(df > 0) || !(lambda >= 0)) return double.NaN;
        if (lambda == 0) return 2 * GammaQuantile(p, df / 2);
        if (double.IsNaN(p) || p < 0 || p >= 1) return double.NaN;
        if (p == 0) return 0;
        return QuantileSolver.Solve(p, x => ChiSquareTails(x, df, lambda), x => ChiSquareDensity(x, df, lambda), df + lambda, 0, double.PositiveInfinity);
    }

    // --- F

    /// <summary>The density of F with the given degrees of freedom and noncentrality λ.</summary>
    public static double FDensity(double f, double dfNum, double dfDen, double lambda)
    {
        if (!(dfNum > 0) || !(dfDen > 0) || !(lambda >= 0) || double.IsNaN(f)) return double.NaN;
        if (lambda == 0) return CentralFDensity(f, dfNum, dfDen);
        // Given J = j the statistic is (d1 + 2j)/d1 times a central F with d1 + 2j numerator df.
        return PoissonMixture.Sum(lambda / 2, j =>
        {
            var stretch = dfNum / (dfNum + 2 * j);
            return stretch * CentralFDensity(f * stretch, dfNum + 2 * j, dfDen);
        });
    }

    /// <summary>The two tails of F with the given degrees of freedom and noncentrality λ.</summary>
    public static (double Lower, double Upper) FTails(double f, double dfNum, double dfDen, double lambda)
    {
        if (!(dfNum > 0) || !(dfDen > 0) || !(lambda >= 0) || double.IsNaN(f)) return (double.NaN, double.NaN);
        if (f <= 0) return (0, 1);
        if (double.IsPositiveInfinity(f)) return (1, 0);
        var denominator = dfNum * f + dfDen;
        var x = dfNum * f / denominator;
        var y = dfDen / denominator;
        if (lambda == 0) return IncompleteBeta.Tails(x, y, dfNum / 2, dfDen / 2);
        return PoissonMixture.SumTails(lambda / 2, j => IncompleteBeta.Tails(x, y, dfNum / 2 + j, dfDen / 2));
    }

    /// <summary>The F quantile.</summary>
    public static double FQuantile(double p, double dfNum, double dfDen, double lambda)
    {
        if (!(dfNum > 0) || !(dfDen > 0) || !(lambda >= 0) || double.IsNaN(p) || p < 0 || p >= 1) return double.NaN;
        if (p == 0) return 0;
        var guess = dfDen > 2 ? dfDen / (dfDen - 2) * (1 + lambda / dfNum) : 1 + lambda / dfNum;
        return QuantileSolver.Solve(p, f => FTails(f, dfNum, dfDen, lambda), f => FDensity(f, dfNum, dfDen, lambda), guess, 0, double.PositiveInfinity);
    }

    private static double CentralFDensity(double f, double dfNum, double dfDen)
    {
        if (f < 0) return 0;
        if (f == 0) return dfNum == 2 ? 1 : dfNum > 2 ? 0 : double.NaN;
        var logDensity = dfNum / 2 * Math.Log(dfNum) + dfDen / 2 * Math.Log(dfDen) + (dfNum / 2 - 1) * Math.Log(f)
            - (dfNum + dfDen) / 2 * Math.Log(dfNum * f + dfDen) - SpecialFunctions.LogBeta(dfNum / 2, dfDen / 2);
        return Math.Exp(logDensity);
    }

    // --- beta

    /// <summary>The density of the standard beta distribution on [0, 1].</summary>
    public static double BetaDensity(double x, double a, double b)
    {
        if (!(a > 0) || !(b > 0) || double.IsNaN(x)) return double.NaN;
        if (x < 0 || x > 1) return 0;
        if (x == 0) return a == 1 ? b : a > 1 ? 0 : double.NaN;
        if (x == 1) return b == 1 ? a : b > 1 ? 0 : double.NaN;
        return Math.Exp((a - 1) * Math.Log(x) + (b - 1) * SpecialFunctions.Log1P(-x) - SpecialFunctions.LogBeta(a, b));
    }

    /// <summary>The two tails of the standard beta distribution at x, with y = 1 - x.</summary>
    public static (double Lower, double Upper) BetaTails(double x, double y, double a, double b)
    {
        if (!(a > 0) || !(b > 0) || double.IsNaN(x)) return (double.NaN, double.NaN);
        return IncompleteBeta.Tails(x, y, a, b);
    }

    /// <summary>The quantile of the standard beta distribution.</summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (!(a > 0) || !(b > 0) || double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        if (p == 0) return 0;
        if (p == 1) return 1;
        return QuantileSolver.Solve(p, x => BetaTails(x, 1 - x, a, b), x => BetaDensity(x, a, b), a / (a + b), 0, 1);
    }
}
