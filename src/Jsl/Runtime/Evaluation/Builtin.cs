using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// A built-in function. It receives its arguments unevaluated (JSL's model: <c>If</c>, <c>For</c>,
/// <c>Expr</c> and option arguments like <c>Base(2)</c> all need that) and evaluates what it needs
/// through the context.
/// </summary>
internal delegate Value Builtin(CallContext context);
