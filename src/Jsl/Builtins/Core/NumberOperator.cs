namespace Jsl.Builtins.Core;

/// <summary>The two-number operators that <see cref="NumberPairCall"/> computes inline, without a delegate call.</summary>
internal enum NumberOperator
{
    /// <summary>Computed by the delegate given with the preparer.</summary>
    Custom,
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
