namespace Jsl.Builtins.Probability;

/// <summary>
/// The gamma family and its relatives, written for accuracy near 1e-15: log-gamma by Stirling's
/// series after shifting the argument past 10, gamma through a power (not an exponential of a
/// large logarithm), digamma and trigamma by recurrence plus asymptotic series, and the
/// cancellation-free forms of log(1 + x) and exp(x) - 1. Invalid arguments give NaN (missing).
/// </summary>
internal static class SpecialFunctions
{
    /// <summary>ln(√(2π)).</summary>
    public const double LogSqrtTwoPi = 0.91893853320467274178;

    /// <summary>Past this shift point the asymptotic series below are accurate to a few units in the last place.</summary>
    private const double StirlingFrom = 20;

    /// <summary>
    /// ln |Γ(x)|; NaN at 0 and the negative whole numbers, where Γ has poles. Decision: for a negative
    /// x, where Γ(x) may be negative, LGamma is the log of its magnitude (as C's lgamma).
    /// </summary>
    public static double LogGamma(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (double.IsPositiveInfinity(x)) return double.PositiveInfinity;
        if (x <= 0)
        {
            if (x == Math.Floor(x)) return double.NaN;
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(SinPi(x))) - LogGamma(1 - x);
        }
        if (x < StirlingFrom)
        {
            // Γ itself is accurate to a few units in the last place here, so its logarithm is too in
            // absolute terms; subtracting two logarithms near 48 (the shifted form) would not be.
            var gamma = Gamma(x);
            if (double.IsFinite(gamma)) return Math.Log(gamma);
            var product = 1.0;
            var shifted = x;
            while (shifted < StirlingFrom) product *= shifted++;
            return StirlingLogGamma(shifted) - Math.Log(product);
        }
        return StirlingLogGamma(x);
    }

    /// <summary>Γ(x); NaN at the poles and where the result overflows.</summary>
    public static double Gamma(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0)
        {
            if (x == Math.Floor(x)) return double.NaN;
            return Math.PI / (SinPi(x) * Gamma(1 - x));
        }
        if (x > 172) return double.NaN;
        if (x == Math.Floor(x) && x <= 30)
        {
            var factorial = 1.0;
            for (var i = 2; i < x; i++) factorial *= i;
            return factorial;
        }
        if (x < StirlingFrom)
        {
            var product = 1.0;
            var shifted = x;
            while (shifted < StirlingFrom) product *= shifted++;
            return StirlingGamma(shifted) / product;
        }
        var value = StirlingGamma(x);
        return double.IsFinite(value) ? value : double.NaN;
    }

    /// <summary>B(a, b) = Γ(a) Γ(b) / Γ(a + b), through logarithms when the gammas would overflow.</summary>
    public static double Beta(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.NaN;
        if (a > 0 && b > 0 && a + b < 171)
        {
            return Gamma(a) / Gamma(a + b) * Gamma(b);
        }
        if (a > 0 && b > 0) return Math.Exp(LogBeta(a, b));
        var value = Gamma(a) * Gamma(b) / Gamma(a + b);
        return double.IsFinite(value) ? value : double.NaN;
    }

    /// <summary>
    /// ln B(a, b) for positive a and b. With the larger argument past the Stirling point,
    /// ln Γ(a + b) - ln Γ(a) is formed as one difference rather than two large logarithms
    /// (which would cancel away about log10 of their size in digits).
    /// </summary>
    public static double LogBeta(double a, double b)
    {
        var (small, large) = a < b ? (a, b) : (b, a);
        if (large < StirlingFrom || !double.IsFinite(large)) return LogGamma(a) + LogGamma(b) - LogGamma(a + b);
        return LogGamma(small) - LogGammaIncrease(large, small);
    }

    /// <summary>ln Γ(a + b) - ln Γ(a) for a ≥ 20 and b > 0, from the two Stirling expansions subtracted term by term.</summary>
    private static double LogGammaIncrease(double a, double b) =>
        (a - 0.5) * Log1P(b / a) + b * Math.Log(a + b) - b + StirlingSeries(a + b) - StirlingSeries(a);

    /// <summary>ψ(x), the derivative of ln Γ(x).</summary>
    public static double Digamma(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0)
        {
            if (x == Math.Floor(x)) return double.NaN;
            // Reflection: ψ(1 - x) - ψ(x) = π cot(πx).
            return Digamma(1 - x) - Math.PI * CosPi(x) / SinPi(x);
        }
        var sum = 0.0;
        while (x < StirlingFrom) sum -= 1 / x++;
        var inverse = 1 / x;
        var inverseSquare = inverse * inverse;
        var series = inverseSquare * (1.0 / 12 - inverseSquare * (1.0 / 120 - inverseSquare * (1.0 / 252 - inverseSquare * (1.0 / 240 - inverseSquare * (1.0 / 132)))));
        return sum + Math.Log(x) - 0.5 * inverse - series;
    }

    /// <summary>ψ'(x), the derivative of the digamma function.</summary>
    public static double Trigamma(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0)
        {
            if (x == Math.Floor(x)) return double.NaN;
            // Reflection: ψ'(1 - x) + ψ'(x) = π² / sin²(πx).
            var sine = SinPi(x);
            return Math.PI * Math.PI / (sine * sine) - Trigamma(1 - x);
        }
        var sum = 0.0;
        while (x < StirlingFrom)
        {
            sum += 1 / (x * x);
            x++;
        }
        var inverse = 1 / x;
        var inverseSquare = inverse * inverse;
        var series = inverse + inverseSquare / 2 + inverse * inverseSquare * (1.0 / 6 - inverseSquare * (1.0 / 30 - inverseSquare * (1.0 / 42 - inverseSquare * (1.0 / 30 - inverseSquare * (5.0 / 66)))));
        return sum + series;
    }

    /// <summary>ln(1 + x) without the cancellation of forming 1 + x (Goldberg's correction).</summary>
    public static double Log1P(double x)
    {
        if (double.IsNaN(x) || x < -1) return double.NaN;
        var u = 1 + x;
        if (u == 1) return x;
        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>exp(x) - 1 without the cancellation near 0 (Kahan's correction).</summary>
    public static double ExpM1(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (Math.Abs(x) >= 0.5) return Math.Exp(x) - 1;
        var u = Math.Exp(x);
        if (u == 1) return x;
        return (u - 1) * x / Math.Log(u);
    }

    /// <summary>sin(πx), exact at the whole and half numbers where sin(Math.PI * x) is not.</summary>
    public static double SinPi(double x)
    {
        var r = x - 2 * Math.Floor(x / 2);
        if (r == 0 || r == 1) return 0;
        if (r == 0.5) return 1;
        if (r == 1.5) return -1;
        return Math.Sin(Math.PI * r);
    }

    private static double CosPi(double x) => SinPi(x + 0.5);

    /// <summary>ln Γ(x) for x ≥ 20: (x - ½) ln x - x + ln √(2π) + the Bernoulli series.</summary>
    private static double StirlingLogGamma(double x) => (x - 0.5) * Math.Log(x) - x + LogSqrtTwoPi + StirlingSeries(x);

    /// <summary>
    /// Γ(x) for x ≥ 20 as √(2π) · x^(x - ½) · e^(-x) · e^(series): the power is split in two so it
    /// neither overflows before the exponential brings it down nor loses digits to a large logarithm.
    /// </summary>
    private static double StirlingGamma(double x)
    {
        var half = Math.Pow(x, (x - 0.5) / 2);
        return half * (half * Math.Exp(-x)) * Math.Sqrt(2 * Math.PI) * Math.Exp(StirlingSeries(x));
    }

    /// <summary>1/(12x) - 1/(360x³) + 1/(1260x⁵) - 1/(1680x⁷) + 1/(1188x⁹): ln Γ(x) less its leading terms, for x ≥ 20.</summary>
    internal static double StirlingSeries(double x)
    {
        var inverse = 1 / x;
        var inverseSquare = inverse * inverse;
        return inverse * (1.0 / 12 - inverseSquare * (1.0 / 360 - inverseSquare * (1.0 / 1260 - inverseSquare * (1.0 / 1680 - inverseSquare * (1.0 / 1188)))));
    }
}
