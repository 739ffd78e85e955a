using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// <c>Random Uniform</c>, <c>Random Integer</c>, <c>Random Normal</c> and <c>Random Reset(seed)</c>.
/// Each run (interpreter) has its own generator, seeded from the clock until <c>Random Reset</c>
/// makes its sequence repeatable. The numbers are jsl's (<see cref="SeedableRandom"/>), not JMP's:
/// a seed gives the same sequence from run to run here, not the sequence JMP would give.
/// </summary>
internal static class RandomBuiltins
{
    public static void Register(BuiltinTable table, string category)
    {
        table.Add(category, "Random Uniform", RandomUniform);
        table.Add(category, "Random Integer", RandomInteger);
        table.Add(category, "Random Normal", RandomNormal);
        table.Add(category, "Random Reset", c =>
        {
            c.RequireCount(1, 1);
            var seed = c.Number(0);
            if (double.IsNaN(seed)) throw c.Error("Random Reset needs a number as its seed");
            // Decision: the seed is the number's bits, so every distinct seed (2.5 and 2, -1 and 1) gives its own sequence.
            c.Interpreter.State.Random = new SeedableRandom((ulong)BitConverter.DoubleToInt64Bits(seed == 0 ? 0.0 : seed));
            return EmptyValue.Instance;
        });
    }

    internal static SeedableRandom GeneratorOf(CallContext c) => c.Interpreter.State.Random;

    /// <summary><c>Random Uniform(&lt;min = 0&gt;, &lt;max = 1&gt;)</c>: uniform in [min, max); one argument is the max.</summary>
    private static Value RandomUniform(CallContext c)
    {
        double low = 0, high = 1;
        if (c.Count == 1) high = c.Number(0);
        if (c.Count == 2) (low, high) = (c.Number(0), c.Number(1));
        if (double.IsNaN(low) || double.IsNaN(high)) return NumberValue.Missing;
        return NumberValue.Of(low + (high - low) * GeneratorOf(c).NextDouble());
    }

    /// <summary>
    /// 2^53: beyond it not every whole number is a double, so a draw could not return every value
    /// of its range. Decision: a bound past it is an error (<c>Random Integer(1, 1e308)</c>) rather
    /// than a range quietly cut to fit, since a cut range is not what the script asked for.
    /// </summary>
    private const double ExactWholeNumbers = 9007199254740992;

    /// <summary><c>Random Integer(n)</c> is 1..n; <c>Random Integer(n1, n2)</c> is n1..n2, both ends included.</summary>
    private static Value RandomInteger(CallContext c)
    {
        double low = 1, high;
        if (c.Count == 1) high = c.Number(0);
        else (low, high) = (c.Number(0), c.Number(1));
        if (double.IsNaN(low) || double.IsNaN(high)) return NumberValue.Missing;
        if (Math.Abs(low) > ExactWholeNumbers || Math.Abs(high) > ExactWholeNumbers)
        {
            throw c.Error($"Random Integer needs bounds between -{ExactWholeNumbers} and {ExactWholeNumbers}");
        }
        var lo = (long)Math.Ceiling(Math.Min(low, high));
        var hi = (long)Math.Floor(Math.Max(low, high));
        if (hi < lo) throw c.Error("Random Integer needs a range holding at least one whole number");
        return NumberValue.Of(GeneratorOf(c).NextInt64(lo, hi + 1));
    }

    /// <summary><c>Random Normal(&lt;mean = 0&gt;, &lt;sd = 1&gt;)</c>, by the Box–Muller transform.</summary>
    private static Value RandomNormal(CallContext c)
    {
        var mean = c.Number(0, 0);
        var sd = c.Number(1, 1);
        var random = GeneratorOf(c);
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return NumberValue.Of(mean + sd * z);
    }
}
