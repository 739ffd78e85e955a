namespace Jsl.Builtins.Numeric;

/// <summary>
/// The reductions behind <c>Sum</c>, <c>Mean</c>, <c>Min</c>, <c>Max</c> and their column-wise
/// <c>V ...</c> forms. Decision: missing values are skipped, as JMP's statistical functions skip
/// them; with nothing left, <c>Sum</c> is 0 and the others are missing.
/// </summary>
internal static class Statistics
{
    public static double Sum(IEnumerable<double> values)
    {
        var sum = 0.0;
        foreach (var x in values)
        {
            if (!double.IsNaN(x)) sum += x;
        }
        return sum;
    }

    public static double Mean(IEnumerable<double> values)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var x in values)
        {
            if (double.IsNaN(x)) continue;
            sum += x;
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }

    public static double Max(IEnumerable<double> values) => Extreme(values, max: true);

    public static double Min(IEnumerable<double> values) => Extreme(values, max: false);

    private static double Extreme(IEnumerable<double> values, bool max)
    {
        var best = double.NaN;
        foreach (var x in values)
        {
            if (double.IsNaN(x)) continue;
            if (double.IsNaN(best) || (max ? x > best : x < best)) best = x;
        }
        return best;
    }
}
