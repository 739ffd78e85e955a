namespace Jsl.Builtins.Probability;

/// <summary>
/// The regularized incomplete gamma functions P(a, x) = γ(a, x) / Γ(a) and Q(a, x) = 1 - P(a, x):
/// a power series below x = a + 1 and a continued fraction (modified Lentz) above it, each giving
/// the value it is accurate for directly, the other as its complement. Loops are bounded, so a
/// huge shape cannot hang a script; it can only cost accuracy.
/// </summary>
internal static class IncompleteGamma
{
    private const double Epsilon = 3e-16;
    private const double Tiny = 1e-300;
    private const int MaxTerms = 100_000;

    /// <summary>P(a, x), the lower tail; NaN for a ≤ 0 or x &lt; 0.</summary>
    public static double Lower(double a, double x) => Tails(a, x).Lower;

    /// <summary>Q(a, x), the upper tail; NaN for a ≤ 0 or x &lt; 0.</summary>
    public static double Upper(double a, double x) => Tails(a, x).Upper;

    /// <summary>Both tails, each computed where it does not lose digits to cancellation.</summary>
    public static (double Lower, double Upper) Tails(double a, double x)
    {
        if (double.IsNaN(a) || double.IsNaN(x) || a <= 0 || x < 0) return (double.NaN, double.NaN);
        if (x == 0) return (0, 1);
        if (double.IsPositiveInfinity(x)) return (1, 0);
        if (x < a + 1)
        {
            var lower = Series(a, x);
            return (lower, 1 - lower);
        }
        var upper = Math.Exp(LogUpperByFraction(a, x));
        return (1 - upper, upper);
    }

    /// <summary>ln Q(a, x), finite far into the upper tail where Q itself underflows.</summary>
    public static double LogUpper(double a, double x)
    {
        if (double.IsNaN(a) || double.IsNaN(x) || a <= 0 || x < 0) return double.NaN;
        if (x < a + 1) return SpecialFunctions.Log1P(-Series(a, x));
        return LogUpperByFraction(a, x);
    }

    /// <summary>ln of the common factor x^a e^(-x) / Γ(a).</summary>
    private static double LogPrefactor(double a, double x) => a * Math.Log(x) - x - SpecialFunctions.LogGamma(a);

    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var denominator = a;
        for (var n = 0; n < MaxTerms; n++)
        {
            denominator++;
            term *= x / denominator;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon) break;
        }
        return Math.Min(1, sum * Math.Exp(LogPrefactor(a, x)));
    }

    private static double LogUpperByFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxTerms; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = b + an / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) break;
        }
        return LogPrefactor(a, x) + Math.Log(h);
    }
}
