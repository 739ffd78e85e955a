namespace Jsl.Builtins.Core;

/// <summary>The two-number operators that <see cref="NumberPairCall"/> computes inline, without a delegate call.</summary>
internal enum NumberOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
