using Jsl.Builtins.Xml;

// Parse XML's part of the run state, declared beside it.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private XmlParseState? xml;

    /// <summary>What the running <c>Parse XML</c> handlers read (<c>XML Attr</c>, <c>XML Text</c>), made on first use.</summary>
    public XmlParseState Xml => xml ??= new XmlParseState();
}
