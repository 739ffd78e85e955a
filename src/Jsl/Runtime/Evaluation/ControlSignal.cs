namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Pending non-local control flow. <c>Break</c>, <c>Continue</c> and <c>Return</c> set it and
/// every sequencing construct (Glue, loops, function calls) checks it after each step; this
/// costs a field test instead of a .NET exception per <c>Return</c>, which matters for
/// recursive functions and for socket callbacks run millions of times.
/// </summary>
internal enum ControlSignal
{
    None,
    Break,
    Continue,
    Return,
}
