using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// What an operator computes from two numbers, as a static method of a struct, so that each
/// <see cref="NumberPairCall{TRule}"/> is compiled with its rule inlined (ahead of time too: the
/// instantiations are known when the program is compiled).
/// </summary>
internal interface INumberPairRule
{
    /// <summary>The operator's result for two numbers (NaN is missing).</summary>
    static abstract Value Apply(double x, double y);

    /// <summary>The same result as a bare double: <see cref="Apply"/> is the number value of it.</summary>
    static abstract double Compute(double x, double y);

    /// <summary>
    /// 1 for an addition, -1 for a subtraction, 0 for every other rule: what a whole right operand
    /// is added to the left one with, so that an addition of shared integers finds its result
    /// without rounding (<see cref="NumberValue.Sum"/>, <see cref="NumberValue.Plus"/>); a constant of each
    /// compiled call, so that the other rules carry no test of it.
    /// </summary>
    static virtual int WholeStep => 0;
}
