namespace Jsl.Builtins.Probability;

/// <summary>
/// Inverts a continuous distribution function: Newton's method from a starting guess, kept inside
/// a bracket that bisection shrinks whenever a Newton step would leave it. Below the median the
/// lower tail is matched and above it the upper tail, so a quantile near 1 is as accurate as one
/// near 0. The iteration count is bounded.
/// </summary>
internal static class QuantileSolver
{
    private const int MaxSteps = 400;

    /// <summary>
    /// The x in [<paramref name="low"/>, <paramref name="high"/>] where the distribution reaches p.
    /// <paramref name="tails"/> gives (P(X &lt; x), P(X &gt; x)); <paramref name="density"/> its derivative.
    /// Infinite bounds are searched outward from <paramref name="guess"/>.
    /// </summary>
    public static double Solve(double p, Func<double, (double Lower, double Upper)> tails, Func<double, double> density, double guess, double low, double high)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        var upperSide = p > 0.5;
        var target = upperSide ? 1 - p : p;
        // The error is increasing in x on both sides: lower tail minus p, or (1 - p) minus upper tail.
        double Error(double x)
        {
            var (lower, upper) = tails(x);
            return upperSide ? target - upper : lower - target;
        }
        if (!double.IsFinite(guess)) guess = 0;
        guess = Math.Clamp(guess, low, high);
        if (!Bracket(Error, guess, ref low, ref high)) return double.NaN;
        var x = guess;
        for (var step = 0; step < MaxSteps; step++)
        {
            var error = Error(x);
            if (double.IsNaN(error)) return double.NaN;
            if (error == 0) return x;
            if (error < 0) low = x;
            else high = x;
            var slope = density(x);
            var next = slope > 0 && double.IsFinite(slope) ? x - error / slope : double.NaN;
            if (!(next > low && next < high)) next = Split(low, high);
            // A bracket no double splits: its upper end is the smallest x reaching p.
            if (!(next > low && next < high)) return high;
            if (Math.Abs(next - x) <= 2e-16 * Math.Abs(x) || next == x) return next;
            if (high - low <= 4e-16 * Math.Max(Math.Abs(low), Math.Abs(high))) return next;
            x = next;
        }
        return x;
    }

    /// <summary>
    /// The bisection point; against a bound of 0 it is a thousandth of the upper end, so a quantile
    /// far below 1 (or one that underflows to 0) is reached in a few hundred steps, not thousands.
    /// </summary>
    private static double Split(double low, double high) => low == 0 && high > 0 ? high * 1e-3 : low + (high - low) / 2;

    /// <summary>Makes the bounds finite with the error negative at low and positive at high.</summary>
    private static bool Bracket(Func<double, double> error, double guess, ref double low, ref double high)
    {
        if (double.IsInfinity(low))
        {
            var width = Math.Max(1, Math.Abs(guess));
            low = guess - width;
            for (var i = 0; i < 2000 && error(low) > 0; i++)
            {
                width *= 2;
                low = guess - width;
                if (double.IsInfinity(low)) return false;
            }
        }
        if (double.IsInfinity(high))
        {
            var width = Math.Max(1, Math.Abs(guess));
            high = guess + width;
            for (var i = 0; i < 2000 && error(high) < 0; i++)
            {
                width *= 2;
                high = guess + width;
                if (double.IsInfinity(high)) return false;
            }
        }
        return true;
    }
}
