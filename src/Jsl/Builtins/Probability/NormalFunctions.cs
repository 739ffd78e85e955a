namespace Jsl.Builtins.Probability;

/// <summary>
/// The standard normal distribution: Φ through the incomplete gamma function (erfc(t) = Q(½, t²)),
/// so each tail is computed directly and keeps its relative accuracy far out; the quantile by
/// Acklam's rational approximation polished with Halley steps on that Φ.
/// </summary>
internal static class NormalFunctions
{
    private const double InverseSqrtTwoPi = 0.39894228040143267794;

    /// <summary>φ(z), the density.</summary>
    public static double Density(double z) => InverseSqrtTwoPi * Math.Exp(-0.5 * z * z);

    /// <summary>Φ(z) = P(Z &lt; z).</summary>
    public static double Cdf(double z) => z < 0 ? Tail(-z) : 1 - Tail(z);

    /// <summary>1 - Φ(z), computed directly.</summary>
    public static double Complement(double z) => z > 0 ? Tail(z) : 1 - Tail(-z);

    /// <summary>ln Φ(z), finite where Φ(z) underflows.</summary>
    public static double LogCdf(double z) => z < 0 ? LogTail(-z) : SpecialFunctions.Log1P(-Tail(z));

    /// <summary>ln(1 - Φ(z)).</summary>
    public static double LogComplement(double z) => z > 0 ? LogTail(z) : SpecialFunctions.Log1P(-Tail(-z));

    /// <summary>Φ⁻¹(p); NaN outside (0, 1).</summary>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p <= 0 || p >= 1) return double.NaN;
        // 1 - p is exact for p ≥ ½, so the upper half is the mirror of the lower.
        if (p > 0.5) return -LowerQuantile(1 - p);
        return LowerQuantile(p);
    }

    /// <summary>P(Z &gt; t) for t ≥ 0.</summary>
    private static double Tail(double t)
    {
        if (double.IsNaN(t)) return double.NaN;
        return t == 0 ? 0.5 : 0.5 * IncompleteGamma.Upper(0.5, 0.5 * t * t);
    }

    private static double LogTail(double t) => t == 0 ? -Math.Log(2) : IncompleteGamma.LogUpper(0.5, 0.5 * t * t) - Math.Log(2);

    private static double LowerQuantile(double p)
    {
        var x = AcklamApproximation(p);
        for (var i = 0; i < 3; i++)
        {
            // Halley's step: e is the error in probability, u the error in z to first order.
            var e = Cdf(x) - p;
            if (e == 0) break;
            var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(0.5 * x * x);
            var next = x - u / (1 + 0.5 * x * u);
            if (!double.IsFinite(next)) break;
            if (next == x) break;
            x = next;
        }
        return x;
    }

    /// <summary>Peter Acklam's approximation to Φ⁻¹(p) for p ≤ ½, good to about 1e-9 before polishing.</summary>
    private static double AcklamApproximation(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        var s = p - 0.5;
        var r = s * s;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * s / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
