using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

// The operators' rules for two numbers, one line each (kept together: each is a type only so
// that a generic call can be compiled with it inlined; see INumberPairRule).

/// <summary><c>x + y</c>.</summary>
internal struct AddRule : INumberPairRule
{
    public static double Compute(double x, double y) => x + y;

    public static Value Apply(double x, double y) => NumberValue.Of(x + y);

    public static int WholeStep => 1;
}

/// <summary><c>x - y</c>.</summary>
internal struct SubtractRule : INumberPairRule
{
    public static double Compute(double x, double y) => x - y;

    public static Value Apply(double x, double y) => NumberValue.Of(x - y);

    public static int WholeStep => -1;
}

/// <summary><c>x * y</c>.</summary>
internal struct MultiplyRule : INumberPairRule
{
    public static double Compute(double x, double y) => x * y;

    public static Value Apply(double x, double y) => NumberValue.Of(x * y);
}

/// <summary><c>x / y</c>, by JSL's division of numbers.</summary>
internal struct DivideRule : INumberPairRule
{
    public static double Compute(double x, double y) => ArithmeticBuiltins.DivideNumbers(x, y);

    public static Value Apply(double x, double y) => NumberValue.Of(ArithmeticBuiltins.DivideNumbers(x, y));
}

/// <summary><c>x == y</c>.</summary>
internal struct EqualRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x == y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x == y, x, y);
}

/// <summary><c>x != y</c>.</summary>
internal struct NotEqualRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x != y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x != y, x, y);
}

/// <summary><c>x &lt; y</c>.</summary>
internal struct LessRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x < y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x < y, x, y);
}

/// <summary><c>x &lt;= y</c>.</summary>
internal struct LessOrEqualRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x <= y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x <= y, x, y);
}

/// <summary><c>x &gt; y</c>.</summary>
internal struct GreaterRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x > y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x > y, x, y);
}

/// <summary><c>x &gt;= y</c>.</summary>
internal struct GreaterOrEqualRule : INumberPairRule
{
    public static double Compute(double x, double y) => NumberComparison.NumberOf(x >= y, x, y);

    public static Value Apply(double x, double y) => NumberComparison.Of(x >= y, x, y);
}
