using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Probability;

/// <summary>
/// Applies a function of several numbers to a call's arguments the way JSL's numeric functions do:
/// a number, or a matrix element by element (numbers spread over it; matrices must share a shape).
/// Optional arguments left off or empty take their defaults. Missing in gives missing out, and a
/// result that is not finite is missing. Decision: lists are not taken element by element here
/// (the Index describes numbers and matrices for these functions); a list is the usual
/// "Cannot convert argument to a number [or matrix]" error.
/// </summary>
internal static class DistributionArguments
{
    /// <summary>
    /// Calls <paramref name="function"/> with <paramref name="required"/> arguments plus one per
    /// default in <paramref name="defaults"/>. <paramref name="reject"/>, when given, names a form
    /// jsl does not compute (a message for the error), or null to go ahead.
    /// </summary>
    public static Value Apply(CallContext c, int required, double[] defaults, Func<double[], double> function, Func<double[], string?>? reject = null)
    {
        if (reject is not null)
        {
            var inner = function;
            var call = c;
            function = arguments => reject(arguments) is string message ? throw call.Error(message) : inner(arguments);
        }
        var count = required + defaults.Length;
        c.RequireCount(required, count);
        var scalars = new double[count];
        var matrices = new MatrixValue?[count];
        MatrixValue? shape = null;
        for (var i = 0; i < count; i++)
        {
            if (i >= required && (i >= c.Count || c.IsEmptyArg(i)))
            {
                scalars[i] = defaults[i - required];
                continue;
            }
            c.RequireArg(i);
            switch (c.Eval(i))
            {
                case NumberValue n:
                    scalars[i] = n.Value;
                    break;
                case MatrixValue m:
                    if (shape is not null && (shape.Rows != m.Rows || shape.Columns != m.Columns))
                    {
                        throw c.Error("Cannot conform matrices (dimensions do not match)");
                    }
                    shape = m;
                    matrices[i] = m;
                    break;
                default:
                    throw c.ArgumentError(i, Elementwise.NotANumber);
            }
        }
        if (shape is null) return NumberValue.Of(Call(function, scalars));
        var data = new double[shape.Data.Length];
        var arguments = new double[count];
        for (var e = 0; e < data.Length; e++)
        {
            for (var i = 0; i < count; i++) arguments[i] = matrices[i] is MatrixValue m ? m.Data[e] : scalars[i];
            data[e] = Call(function, arguments);
        }
        return new MatrixValue(shape.Rows, shape.Columns, data);
    }

    /// <summary>NaN when any argument is missing, else the function's value made finite or missing.</summary>
    private static double Call(Func<double[], double> function, double[] arguments)
    {
        foreach (var a in arguments)
        {
            if (double.IsNaN(a)) return double.NaN;
        }
        var result = function(arguments);
        return double.IsFinite(result) ? result : double.NaN;
    }
}
