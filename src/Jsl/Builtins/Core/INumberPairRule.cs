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
}
