using Jsl.Runtime.Classes;
using Jsl.Runtime.Scopes;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// What the qualifier of <c>q:name</c> resolved to: a table of variables (a namespace's, Here's,
/// a local frame's, an object's members), the object when it is one, and for <c>super</c> the
/// class whose bases its methods come from. The owning namespace, when the table is one's, for its locks. A null table: nothing to look in (<c>Local:x</c> with no such local).
/// </summary>
internal readonly record struct QualifierTarget(VariableTable? Table, ClassObject? Object = null, ClassDefinition? SuperFrom = null, Values.NamespaceValue? Owner = null);
