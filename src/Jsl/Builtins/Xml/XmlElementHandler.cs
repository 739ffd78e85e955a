using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Xml;

/// <summary>
/// One <c>On Element(tag, Start Tag(expr), Text(expr), End Tag(expr))</c> of <c>Parse XML</c>: the
/// expressions to run, unevaluated, for the elements named <see cref="Tag"/>; any may be absent.
/// </summary>
internal sealed record XmlElementHandler(string Tag, Node? StartTag, Node? Text, Node? EndTag);
