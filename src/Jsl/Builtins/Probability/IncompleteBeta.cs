namespace Jsl.Builtins.Probability;

/// <summary>
/// The regularized incomplete beta function I_x(a, b) by its continued fraction (modified Lentz),
/// evaluated on whichever side of the mean it converges fast on, with the other tail as the
/// complement. Callers pass y = 1 - x themselves when they can form it without cancellation
/// (an F or t statistic gives both), which keeps the far tails accurate.
/// </summary>
internal static class IncompleteBeta
{
    private const double Epsilon = 3e-16;
    private const double Tiny = 1e-300;
    private const int MaxTerms = 100_000;

    /// <summary>I_x(a, b), the lower tail.</summary>
    public static double Lower(double x, double a, double b) => Tails(x, 1 - x, a, b).Lower;

    /// <summary>Both tails at x (with y = 1 - x given separately), each without cancellation where it is small.</summary>
    public static (double Lower, double Upper) Tails(double x, double y, double a, double b)
    {
        if (double.IsNaN(x) || double.IsNaN(y) || double.IsNaN(a) || double.IsNaN(b) || a <= 0 || b <= 0) return (double.NaN, double.NaN);
        if (x <= 0) return (0, 1);
        if (y <= 0) return (1, 0);
        var logFront = a * Math.Log(x) + b * Math.Log(y) - SpecialFunctions.LogBeta(a, b);
        if (x < (a + 1) / (a + b + 2))
        {
            var lower = Math.Min(1, Math.Exp(logFront) * Fraction(a, b, x) / a);
            return (lower, 1 - lower);
        }
        var upper = Math.Min(1, Math.Exp(logFront) * Fraction(b, a, y) / b);
        return (1 - upper, upper);
    }

    private static double Fraction(double a, double b, double x)
    {
        var sum = a + b;
        var aPlusOne = a + 1;
        var aMinusOne = a - 1;
        var c = 1.0;
        var d = 1 - sum * x / aPlusOne;
        if (Math.Abs(d) < Tiny) d = Tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxTerms; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((aMinusOne + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (sum + m) * x / ((a + m2) * (aPlusOne + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) break;
        }
        return h;
    }
}
