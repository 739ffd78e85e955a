using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>The result of comparing two numbers.</summary>
internal static class NumberComparison
{
    /// <summary>Missing when either number is missing, else 1 when <paramref name="holds"/> and 0 otherwise.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value Of(bool holds, double x, double y) =>
        double.IsNaN(x) || double.IsNaN(y) ? NumberValue.Missing : holds ? NumberValue.One : NumberValue.Zero;

    /// <summary><see cref="Of"/> as a bare double: NaN, 1 or 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double NumberOf(bool holds, double x, double y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : holds ? 1 : 0;
}
