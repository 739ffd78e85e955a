namespace Jsl.Builtins.Probability;

/// <summary>
/// Catherine Loader's saddle-point pieces for binomial and Poisson probabilities ("Fast and
/// accurate computation of binomial probabilities", 2000): the Stirling error δ(n) and the
/// deviance D(x, μ), each computed without the cancellation of subtracting large logarithms, so a
/// probability at a count of a million keeps its digits.
/// </summary>
internal static class SaddlePointTerms
{
    /// <summary>δ(n) = ln n! - (n ln n - n + ½ ln(2πn)) for n &gt; 0: Stirling's series from 20 on.</summary>
    public static double StirlingError(double n) =>
        n >= 20 ? SpecialFunctions.StirlingSeries(n) : Math.Log(SpecialFunctions.Gamma(n + 1)) - (n * Math.Log(n) - n + 0.5 * Math.Log(2 * Math.PI * n));

    /// <summary>D(x, μ) = x ln(x / μ) + μ - x ≥ 0; near x = μ by its series in (μ - x) / x.</summary>
    public static double Deviance(double x, double mu)
    {
        if (x == 0) return mu;
        var u = (mu - x) / x;
        if (Math.Abs(u) >= 0.1) return x * Math.Log(x / mu) + mu - x;
        // u - ln(1 + u) = u²/2 - u³/3 + u⁴/4 - ...
        var term = u * u;
        var sum = 0.0;
        for (var j = 2; j < 60; j++)
        {
            var next = term / j;
            sum += j % 2 == 0 ? next : -next;
            if (Math.Abs(next) < 1e-17 * Math.Abs(sum)) break;
            term *= u;
        }
        return x * sum;
    }
}
