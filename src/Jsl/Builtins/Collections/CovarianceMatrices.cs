using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>Correlation(x, options)</c> and <c>Covariance(x, options)</c> (Scripting Index, Matrix): the
/// matrix of every pair of x's columns, each row an observation. Options are messages:
/// <c>&lt;&lt;"Pairwise"</c>, <c>&lt;&lt;"Shrink"</c>, <c>&lt;&lt;Freq(vector)</c>, <c>&lt;&lt;Weight(vector)</c>.
/// </summary>
internal static class CovarianceMatrices
{
    private const string Category = "Matrices";
    private static readonly Symbol Pairwise = Symbol.Intern("Pairwise");
    private static readonly Symbol Shrink = Symbol.Intern("Shrink");
    private static readonly Symbol Freq = Symbol.Intern("Freq");
    private static readonly Symbol Weight = Symbol.Intern("Weight");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Covariance", c => Compute(c, "Covariance", correlation: false));
        table.Add(Category, "Correlation", c => Compute(c, "Correlation", correlation: true));
    }

    /// <summary>What the options asked for.</summary>
    private sealed class Settings
    {
        public bool Pairwise;
        public bool Shrink;
        public double[]? Freq;
        public double[]? Weight;
    }

    private static Value Compute(CallContext c, string function, bool correlation)
    {
        var x = MatrixBuiltins.AsMatrix(c, c.Eval(0), function);
        var settings = ReadOptions(c, function, x.Rows);
        var rows = x.Rows;
        var columns = x.Columns;
        var frequency = new double[rows];
        for (var k = 0; k < rows; k++) frequency[k] = RowFactor(settings, k);
        // Decision: rowwise (the default) drops a row when any of its columns is missing; pairwise
        // drops it only from the pairs whose columns it lacks. A row whose frequency or weight is
        // missing, zero or negative counts nowhere.
        var complete = new bool[rows];
        for (var k = 0; k < rows; k++)
        {
            complete[k] = frequency[k] > 0;
            for (var j = 0; complete[k] && j < columns; j++) complete[k] = !double.IsNaN(x.Data[k * columns + j]);
        }
        var result = new double[columns * columns];
        for (var i = 0; i < columns; i++)
        {
            for (var j = i; j < columns; j++)
            {
                var value = PairStatistic(x, frequency, settings, complete, i, j, correlation);
                result[i * columns + j] = value;
                result[j * columns + i] = value;
            }
        }
        if (settings.Shrink) ShrinkOffDiagonal(result, columns, ShrinkageIntensity(x, complete));
        return new MatrixValue(columns, columns, result);
    }

    /// <summary>The factor a row contributes with: its frequency times its weight (1 when neither is given).</summary>
    private static double RowFactor(Settings settings, int row)
    {
        var factor = 1.0;
        if (settings.Freq is not null) factor *= settings.Freq[row];
        if (settings.Weight is not null) factor *= settings.Weight[row];
        return double.IsNaN(factor) ? 0 : factor;
    }

    private static Settings ReadOptions(CallContext c, string function, int rows)
    {
        var settings = new Settings();
        for (var i = 1; i < c.Count; i++)
        {
            var option = c.IsOptionArg(i) ? ((CallNode)c.ArgNode(i)).Args[0] : c.ArgNode(i);
            switch (option)
            {
                case StringNode s when ReferenceEquals(Symbol.Intern(s.Value), Pairwise):
                case NameNode n when ReferenceEquals(n.Symbol, Pairwise):
                    settings.Pairwise = true;
                    break;
                case StringNode s when ReferenceEquals(Symbol.Intern(s.Value), Shrink):
                case NameNode n when ReferenceEquals(n.Symbol, Shrink):
                    settings.Shrink = true;
                    break;
                case CallNode { Args.Count: 1 } call when ReferenceEquals(call.Head, Freq):
                    settings.Freq = Vector(c, call, function, "Freq", rows);
                    break;
                case CallNode { Args.Count: 1 } call when ReferenceEquals(call.Head, Weight):
                    settings.Weight = Vector(c, call, function, "Weight", rows);
                    break;
                default:
                    throw c.Error($"{function}'s options are <<\"Pairwise\", <<\"Shrink\", <<Freq(vector) and <<Weight(vector)");
            }
        }
        if (settings.Shrink && (settings.Freq is not null || settings.Weight is not null))
        {
            throw c.Error($"{function} does not combine <<\"Shrink\" with <<Freq or <<Weight in jsl");
        }
        return settings;
    }

    private static double[] Vector(CallContext c, CallNode call, string function, string option, int rows)
    {
        var m = MatrixBuiltins.AsMatrix(c, c.Eval(call.Args[0]), function);
        if (m.Data.Length != rows) throw c.Error($"{function}'s {option} needs one value per row ({rows}), found {m.Data.Length}");
        return m.Data;
    }

    /// <summary>
    /// The covariance (or correlation) of columns i and j. Decision: as JMP's platforms treat them,
    /// frequencies count as repeated rows and so set the degrees of freedom (the sum of frequencies
    /// less one), while weights only weigh the means and the cross products.
    /// </summary>
    private static double PairStatistic(MatrixValue x, double[] factor, Settings settings, bool[] complete, int i, int j, bool correlation)
    {
        var columns = x.Columns;
        double count = 0, total = 0, sumI = 0, sumJ = 0;
        for (var k = 0; k < x.Rows; k++)
        {
            if (!Uses(x, factor, settings, complete, k, i, j)) continue;
            count += settings.Freq?[k] ?? 1;
            total += factor[k];
            sumI += factor[k] * x.Data[k * columns + i];
            sumJ += factor[k] * x.Data[k * columns + j];
        }
        if (count < 2 || total <= 0) return double.NaN;
        var meanI = sumI / total;
        var meanJ = sumJ / total;
        double cross = 0, squaresI = 0, squaresJ = 0;
        for (var k = 0; k < x.Rows; k++)
        {
            if (!Uses(x, factor, settings, complete, k, i, j)) continue;
            var di = x.Data[k * columns + i] - meanI;
            var dj = x.Data[k * columns + j] - meanJ;
            cross += factor[k] * di * dj;
            squaresI += factor[k] * di * di;
            squaresJ += factor[k] * dj * dj;
        }
        if (!correlation) return cross / (count - 1);
        // Decision: a column without spread has no correlation, not even with itself: missing.
        if (squaresI <= 0 || squaresJ <= 0) return double.NaN;
        return i == j ? 1 : cross / Math.Sqrt(squaresI * squaresJ);
    }

    private static bool Uses(MatrixValue x, double[] factor, Settings settings, bool[] complete, int row, int i, int j) =>
        settings.Pairwise && !settings.Shrink
            ? factor[row] > 0 && !double.IsNaN(x.Data[row * x.Columns + i]) && !double.IsNaN(x.Data[row * x.Columns + j])
            : complete[row];

    /// <summary>
    /// Schafer and Strimmer's (2005) intensity for shrinking correlations toward zero ("target D"):
    /// the summed estimated variances of the off-diagonal correlations over their summed squares,
    /// held to [0, 1]. Decision: computed on the complete rows, even with <c>&lt;&lt;"Pairwise"</c>.
    /// </summary>
    private static double ShrinkageIntensity(MatrixValue x, bool[] complete)
    {
        var rows = Enumerable.Range(0, x.Rows).Where(k => complete[k]).ToArray();
        var n = rows.Length;
        var p = x.Columns;
        if (n < 3 || p < 2) return 0;
        var standardized = new double[n * p];
        for (var j = 0; j < p; j++)
        {
            var mean = rows.Average(k => x.Data[k * p + j]);
            var sd = Math.Sqrt(rows.Sum(k => Math.Pow(x.Data[k * p + j] - mean, 2)) / (n - 1));
            for (var r = 0; r < n; r++) standardized[r * p + j] = sd > 0 ? (x.Data[rows[r] * p + j] - mean) / sd : 0;
        }
        double variances = 0, squares = 0;
        for (var i = 0; i < p; i++)
        {
            for (var j = i + 1; j < p; j++)
            {
                double mean = 0;
                for (var r = 0; r < n; r++) mean += standardized[r * p + i] * standardized[r * p + j];
                mean /= n;
                double spread = 0;
                for (var r = 0; r < n; r++) spread += Math.Pow(standardized[r * p + i] * standardized[r * p + j] - mean, 2);
                var correlation = n / (n - 1.0) * mean;
                variances += n / Math.Pow(n - 1.0, 3) * spread;
                squares += correlation * correlation;
            }
        }
        return squares <= 0 ? 1 : Math.Clamp(variances / squares, 0, 1);
    }

    /// <summary>Decision: both functions shrink only the off-diagonal elements, by the correlations' factor; variances stay.</summary>
    private static void ShrinkOffDiagonal(double[] matrix, int size, double intensity)
    {
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i != j) matrix[i * size + j] *= 1 - intensity;
            }
        }
    }
}
