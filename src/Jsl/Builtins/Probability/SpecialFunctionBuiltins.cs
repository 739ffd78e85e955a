using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Probability;

/// <summary>
/// The Scripting Index's special functions (Transcendental category): Gamma (and the incomplete
/// gamma with a limit), LGamma, Beta, Digamma, Trigamma, Log1P, ExpM1 and the logistic family.
/// Numbers, matrices and lists of numbers go element by element; missing in gives missing out.
/// </summary>
internal static class SpecialFunctionBuiltins
{
    private const string Category = "Transcendental";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Gamma", Gamma);
        Unary(table, "LGamma", SpecialFunctions.LogGamma);
        Unary(table, "Digamma", SpecialFunctions.Digamma);
        Unary(table, "Trigamma", SpecialFunctions.Trigamma);
        Unary(table, "Log1P", SpecialFunctions.Log1P);
        Unary(table, "ExpM1", SpecialFunctions.ExpM1);
        Unary(table, "Logit", Logit);
        Unary(table, "Logit Percent", p => Logit(p / 100));
        Unary(table, "Logist", Logist);
        Unary(table, "Squish", Logist);
        Unary(table, "Logist Percent", x => 100 * Logist(x));
        Unary(table, "Squash", x => Logist(-x));
        table.Add(Category, "Beta", c =>
        {
            c.RequireCount(2, 2);
            return Elementwise.Binary(c, c.Eval(0), c.Eval(1), static (a, b) => Finite(SpecialFunctions.Beta(a, b)));
        });
    }

    /// <summary>1 / (1 + e^(-x)), written so neither tail overflows.</summary>
    internal static double Logist(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>ln(p / (1 - p)); missing outside (0, 1).</summary>
    internal static double Logit(double p) => p > 0 && p < 1 ? Math.Log(p) - SpecialFunctions.Log1P(-p) : double.NaN;

    /// <summary>
    /// <c>Gamma(x)</c> is Γ(x); <c>Gamma(x, limit)</c> is the incomplete gamma ∫₀^limit z^(x-1) e^(-z) dz
    /// (the Index: "an incomplete Gamma is computed using that limit of integration"), which the Index
    /// also gives as Gamma Distribution(limit, x) · Γ(x).
    /// </summary>
    private static Value Gamma(CallContext c)
    {
        c.RequireCount(1, 2);
        var x = c.Eval(0);
        if (c.EvalOptional(1) is not Value limit) return Elementwise.Unary(c, x, static v => Finite(SpecialFunctions.Gamma(v)));
        return Elementwise.Binary(c, x, limit, static (a, upper) => Finite(IncompleteGamma.Lower(a, upper) * SpecialFunctions.Gamma(a)));
    }

    private static void Unary(BuiltinTable table, string name, Func<double, double> op)
    {
        table.Add(Category, name, c =>
        {
            c.RequireCount(1, 1);
            return Elementwise.Unary(c, c.Eval(0), x => Finite(op(x)));
        });
    }

    private static double Finite(double x) => double.IsFinite(x) ? x : double.NaN;
}
