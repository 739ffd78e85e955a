using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// The Scripting Index's Trigonometric category: sine, cosine and tangent with their inverses and
/// hyperbolic forms, each under every name the Index lists (<c>Sine</c> and <c>Sin</c>, <c>ArcSine</c>
/// and <c>ArSin</c>, ...). Angles are radians; numbers, matrices and lists of numbers go element by
/// element, and a result outside the function's domain (<c>ArcSine(2)</c>) is missing.
/// </summary>
internal static class TrigonometricBuiltins
{
    private const string Category = "Trigonometric";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        Unary(table, Math.Sin, "Sine", "Sin");
        Unary(table, Math.Cos, "Cosine", "Cos");
        Unary(table, Math.Tan, "Tangent", "Tan");
        Unary(table, Math.Asin, "ArcSine", "ArSin");
        Unary(table, Math.Acos, "ArcCosine", "ArCos");
        Unary(table, Math.Sinh, "SinH");
        Unary(table, Math.Cosh, "CosH");
        Unary(table, Math.Tanh, "TanH");
        Unary(table, Math.Asinh, "ArcSinH");
        Unary(table, Math.Acosh, "ArcCosH");
        Unary(table, Math.Atanh, "ArcTanH");
        foreach (var name in new[] { "ArcTangent", "ArcTan", "ATan" }) table.Add(Category, name, ArcTangent);
    }

    private static void Unary(BuiltinTable table, Func<double, double> op, params string[] names)
    {
        foreach (var name in names)
        {
            table.Add(Category, name, c =>
            {
                c.RequireCount(1, 1);
                return Elementwise.Unary(c, c.Eval(0), x => NumericBuiltins.Finite(op(x)));
            });
        }
    }

    /// <summary>
    /// <c>ArcTangent(x1, &lt;x2=1&gt;)</c>: the angle of x1/x2. Decision: with two arguments the
    /// quadrant follows the signs of both (as atan2 does), so <c>ArcTangent(1, -1)</c> is 3π/4;
    /// the Index's range [-π/2, π/2] is the one-argument case.
    /// </summary>
    private static Value ArcTangent(CallContext c)
    {
        c.RequireCount(1, 2);
        var y = c.Eval(0);
        if (c.EvalOptional(1) is not Value x) return Elementwise.Unary(c, y, static v => Math.Atan(v));
        return Elementwise.Binary(c, y, x, static (a, b) => NumericBuiltins.Finite(Math.Atan2(a, b)));
    }
}
