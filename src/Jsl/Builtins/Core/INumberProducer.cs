using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// A prepared arithmetic call that can hand its result to the operator around it as a bare double
/// (<c>Modulo( i * 7919, 30011 )</c>, <c>h * 31 + x</c>): an intermediate result then never becomes
/// a number value, which for anything past the shared small integers is an allocation.
/// </summary>
internal interface INumberProducer
{
    /// <summary>
    /// Runs the call once. True when the result is a number: it is in <paramref name="number"/>, and
    /// <paramref name="value"/> is null (or the number value, when one was made anyway). False with
    /// the result, not a number, in <paramref name="value"/>.
    /// </summary>
    bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value);
}
