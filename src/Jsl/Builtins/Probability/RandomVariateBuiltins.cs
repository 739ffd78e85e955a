using Jsl.Builtins.Numeric;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Probability;

/// <summary>
/// The Scripting Index's random generators beyond Uniform, Integer and Normal, with the Index's
/// arguments and defaults. All draw from the run's one generator, so <c>Random Reset(seed)</c>
/// repeats every sequence, and <c>Random Seed State</c> saves and restores it as a blob. Decision: a
/// parameter outside its domain (a negative rate, a probability above 1) is a JSL error naming
/// the function and the rule, since a draw cannot be made; a missing parameter gives a missing draw.
/// </summary>
internal static class RandomVariateBuiltins
{
    private const string Category = "Random";

    /// <summary>
    /// Past this mean a Poisson draw is the rounded normal with the same mean and variance.
    /// Decision: 1e15 keeps the exact algorithm for every mean a script is likely to use while a
    /// huge mean (1e308) still returns at once instead of failing inside log-gammas that overflow.
    /// </summary>
    private const double LargestExactPoissonMean = 1e15;

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        Draw(table, "Random Exp", 0, [], (r, _) => RandomVariates.Exponential(r));
        Draw(table, "Random Cauchy", 0, [], (r, _) => Math.Tan(Math.PI * (RandomVariates.OpenUniform(r) - 0.5)));
        Draw(table, "Random Gamma", 1, [1], (r, a) => Positive(a[0], a[1]) ? a[1] * RandomVariates.Gamma(r, a[0]) : Invalid("a shape and scale above 0"));
        Draw(table, "Random Beta", 2, [0, 1], (r, a) => Positive(a[0], a[1], a[3]) ? a[2] + a[3] * RandomVariates.Beta(r, a[0], a[1]) : Invalid("alpha, beta and sigma above 0"));
        Draw(table, "Random ChiSquare", 1, [0], (r, a) => Positive(a[0]) && NonNegative(a[1]) ? RandomVariates.ChiSquare(r, a[0], a[1]) : Invalid("degrees of freedom above 0 and a noncentrality of at least 0"));
        Draw(table, "Random t", 1, [0], (r, a) => Positive(a[0]) && double.IsFinite(a[1])
            ? (RandomVariates.Normal(r) + a[1]) / Math.Sqrt(RandomVariates.ChiSquare(r, a[0], 0) / a[0])
            : Invalid("degrees of freedom above 0"));
        Draw(table, "Random F", 2, [0], (r, a) => Positive(a[0], a[1]) && NonNegative(a[2])
            ? RandomVariates.ChiSquare(r, a[0], a[2]) / a[0] / (RandomVariates.ChiSquare(r, a[1], 0) / a[1])
            : Invalid("degrees of freedom above 0 and a noncentrality of at least 0"));
        Draw(table, "Random Poisson", 1, [], (r, a) => NonNegative(a[0]) ? Poisson(r, a[0]) : Invalid("a mean of at least 0"));
        Draw(table, "Random Binomial", 2, [], (r, a) => WholeCount(a[0]) && IsProbability(a[1]) ? RandomVariates.Binomial(r, a[0], a[1]) : Invalid("a whole number of trials and a probability between 0 and 1"));
        // Decision: σ is the variance-to-mean ratio, as in Gamma Poisson Probability: a Poisson whose mean is gamma with mean λ and variance λ(σ - 1).
        Draw(table, "Random Gamma Poisson", 1, [1], (r, a) => Positive(a[0]) && a[1] >= 1 && double.IsFinite(a[1])
            ? Poisson(r, a[1] == 1 ? a[0] : RandomVariates.Gamma(r, a[0] / (a[1] - 1)) * (a[1] - 1))
            : Invalid("a mean above 0 and a sigma of at least 1"));
        Draw(table, "Random Geometric", 1, [], (r, a) => a[0] > 0 && a[0] <= 1 ? RandomVariates.Geometric(r, a[0]) : Invalid("a probability above 0 and at most 1"));
        Draw(table, "Random Negative Binomial", 2, [], (r, a) => Positive(a[0]) && a[1] > 0 && a[1] <= 1 ? NegativeBinomial(r, a[0], a[1]) : Invalid("a number of events above 0 and a probability above 0 and at most 1"));
        Draw(table, "Random Lognormal", 0, [0, 1], (r, a) => Positive(a[1]) ? Math.Exp(a[0] + a[1] * RandomVariates.Normal(r)) : Invalid("a sigma above 0"));
        Draw(table, "Random Logistic", 0, [0, 1], (r, a) => Positive(a[1]) ? a[0] + a[1] * SpecialFunctionBuiltins.Logit(RandomVariates.OpenUniform(r)) : Invalid("a sigma above 0"));
        Draw(table, "Random Weibull", 1, [1], (r, a) => Positive(a[0], a[1]) ? a[1] * Math.Pow(RandomVariates.Exponential(r), 1 / a[0]) : Invalid("a shape and scale above 0"));
        table.Add(Category, "Random Triangular", RandomTriangular);
        table.Add(Category, "Random Category", RandomCategory);
        table.Add(Category, "Random Index", RandomIndex);
        table.Add(Category, "Random Shuffle", RandomShuffle);
        table.Add(Category, "Random Seed State", RandomSeedState);
    }

    /// <summary>Thrown by a draw whose parameters are out of their domain; the built-in turns it into a JSL error.</summary>
    private sealed class InvalidParameters(string rule) : Exception(rule);

    private static double Invalid(string rule) => throw new InvalidParameters(rule);

    private static bool Positive(params double[] values) => values.All(v => v > 0 && double.IsFinite(v));

    private static bool NonNegative(double value) => value >= 0 && double.IsFinite(value);

    private static bool IsProbability(double p) => p >= 0 && p <= 1;

    private static bool WholeCount(double n) => n >= 0 && n == Math.Floor(n) && n <= 9007199254740992;

    private static double Poisson(Random random, double mean) =>
        mean > LargestExactPoissonMean ? Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * RandomVariates.Normal(random))) : RandomVariates.Poisson(random, mean);

    private static double NegativeBinomial(Random random, double events, double p) =>
        p == 1 ? 0 : Poisson(random, RandomVariates.Gamma(random, events) * (1 - p) / p);

    /// <summary>
    /// A generator taking numbers only (no matrices: JMP draws one value per call; <c>J(n, m, Random Exp())</c> fills a matrix).
    /// </summary>
    private static void Draw(BuiltinTable table, string name, int required, double[] defaults, Func<Random, double[], double> draw)
    {
        table.Add(Category, name, c =>
        {
            var count = required + defaults.Length;
            c.RequireCount(required, count);
            var arguments = new double[count];
            for (var i = 0; i < count; i++)
            {
                arguments[i] = i < required ? c.Number(i) : c.Number(i, defaults[i - required]);
                if (double.IsNaN(arguments[i])) return NumberValue.Missing;
            }
            try
            {
                var value = draw(RandomBuiltins.GeneratorOf(c), arguments);
                return NumberValue.Of(double.IsFinite(value) ? value : double.NaN);
            }
            catch (InvalidParameters invalid)
            {
                throw c.Error($"{name} needs {invalid.Message}");
            }
        });
    }

    /// <summary><c>Random Triangular(a, b, c)</c>, <c>(b, c)</c> = (0, b, c), <c>(b)</c> = (0, b, 1): lower limit, mode, upper limit.</summary>
    private static Value RandomTriangular(CallContext c)
    {
        c.RequireCount(1, 3);
        double low = 0, mode, high = 1;
        if (c.Count == 1) mode = c.Number(0);
        else if (c.Count == 2) (mode, high) = (c.Number(0), c.Number(1));
        else (low, mode, high) = (c.Number(0), c.Number(1), c.Number(2));
        if (double.IsNaN(low) || double.IsNaN(mode) || double.IsNaN(high)) return NumberValue.Missing;
        if (!(low <= mode && mode <= high && low < high) || !double.IsFinite(high - low))
        {
            throw c.Error("Random Triangular needs a lower limit below the upper limit and the mode between them");
        }
        // Inversion of the distribution function, one uniform per draw.
        var u = RandomBuiltins.GeneratorOf(c).NextDouble();
        var split = (mode - low) / (high - low);
        var x = u < split
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
        return NumberValue.Of(x);
    }

    /// <summary>
    /// <c>Random Category(probA, resultA, probB, resultB, ..., resultElse)</c>: one uniform is compared
    /// with the running sum of the probabilities; the first result whose sum passes it is evaluated
    /// (only that one), else resultElse. Decision: without a resultElse the fall-through is missing.
    /// </summary>
    private static Value RandomCategory(CallContext c)
    {
        c.RequireCount(2);
        var u = RandomBuiltins.GeneratorOf(c).NextDouble();
        var cumulative = 0.0;
        var pairs = c.Count / 2;
        for (var i = 0; i < pairs; i++)
        {
            var p = c.Number(2 * i);
            if (!double.IsNaN(p)) cumulative += p;
            if (u < cumulative) return c.Eval(2 * i + 1);
        }
        return c.Count % 2 == 1 ? c.Eval(c.Count - 1) : NumberValue.Missing;
    }

    /// <summary>
    /// <c>Random Index(n, k)</c>: a k×1 matrix of distinct whole numbers from 1 to n (Floyd's sampling:
    /// k draws however large n is). Decision: the numbers are in ascending order, as a set of row
    /// numbers to sample is used.
    /// </summary>
    private static Value RandomIndex(CallContext c)
    {
        c.RequireCount(2, 2);
        var n = c.Number(0);
        var k = c.Number(1);
        if (double.IsNaN(n) || double.IsNaN(k)) return NumberValue.Missing;
        if (!WholeCount(n) || !WholeCount(k) || k > n) throw c.Error("Random Index needs whole numbers n and k with 0 ≤ k ≤ n");
        c.Limits.CheckMatrix((int)Math.Min(k, int.MaxValue), 1, c.Call);
        var random = RandomBuiltins.GeneratorOf(c);
        var chosen = new HashSet<long>();
        var total = (long)n;
        for (var j = total - (long)k + 1; j <= total; j++)
        {
            var t = random.NextInt64(1, j + 1);
            chosen.Add(chosen.Contains(t) ? j : t);
        }
        var data = chosen.Select(v => (double)v).Order().ToArray();
        return new MatrixValue(data.Length, data.Length == 0 ? 0 : 1, data);
    }

    /// <summary>
    /// <c>Random Shuffle(matrix)</c>: the elements in a random order, in the matrix's shape (Fisher–Yates).
    /// Decision: a list is shuffled the same way, item by item.
    /// </summary>
    private static Value RandomShuffle(CallContext c)
    {
        c.RequireCount(1, 1);
        var random = RandomBuiltins.GeneratorOf(c);
        switch (c.Eval(0))
        {
            case MatrixValue m:
                var data = (double[])m.Data.Clone();
                Shuffle(random, data);
                return new MatrixValue(m.Rows, m.Columns, data);
            case ListValue l:
                var items = l.Items.ToArray();
                Shuffle(random, items);
                return new ListValue(items.ToList());
            default:
                throw c.ArgumentError(0, "Random Shuffle needs a matrix or a list");
        }
    }

    private static void Shuffle<T>(Random random, T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)random.NextInt64(0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>
    /// <c>Random Seed State()</c> returns the generator's state as a blob; <c>Random Seed State(blob)</c>
    /// restores one, so the draws after it repeat the draws after the save. Decision: the blob is jsl's
    /// (32 bytes of xoshiro256** state), not JMP's, so a state saved by JMP cannot be restored here.
    /// </summary>
    private static Value RandomSeedState(CallContext c)
    {
        c.RequireCount(0, 1);
        var random = RandomBuiltins.GeneratorOf(c);
        if (c.Count == 0) return new BlobValue(random.SaveState());
        if (c.Eval(0) is not BlobValue blob || !random.RestoreState(blob.Bytes))
        {
            throw c.ArgumentError(0, $"Random Seed State needs a blob returned by Random Seed State() ({SeedableRandom.StateLength} bytes)");
        }
        return EmptyValue.Instance;
    }
}
