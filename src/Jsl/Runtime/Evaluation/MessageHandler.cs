using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Answers every <c>target &lt;&lt; message</c> to one kind of value, written as one method; registered
/// with <see cref="BuiltinTable.AddMessages{T}"/>, which makes it that kind's fallback in the
/// message table (<see cref="Messages.MessageTable"/>). The message arrives as written (a name or a call).
/// </summary>
public delegate Value MessageHandler(CallContext context, Value target, Node message);
