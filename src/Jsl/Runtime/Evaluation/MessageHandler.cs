using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>Answers <c>target &lt;&lt; message</c> for a kind of value that is not an <see cref="ObjectValue"/> (associative arrays, namespaces).</summary>
public delegate Value MessageHandler(CallContext context, Value target, Node message);
