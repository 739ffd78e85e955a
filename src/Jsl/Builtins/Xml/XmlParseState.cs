namespace Jsl.Builtins.Xml;

/// <summary>
/// What <c>XML Attr</c> and <c>XML Text</c> read while a handler of <c>Parse XML</c> runs: the
/// element being handled and the text of the moment. Nested <c>Parse XML</c> calls stack.
/// </summary>
internal sealed class XmlParseState
{
    private readonly Stack<(XmlElementFrame Element, string Text)> _current = new();

    /// <summary>True while some handler of <c>Parse XML</c> runs.</summary>
    public bool IsActive => _current.Count > 0;

    /// <summary>The element being handled.</summary>
    public XmlElementFrame Element => _current.Peek().Element;

    /// <summary>What <c>XML Text()</c> gives now.</summary>
    public string Text => _current.Peek().Text;

    /// <summary>Makes <paramref name="element"/> and <paramref name="text"/> current until <see cref="Pop"/>.</summary>
    public void Push(XmlElementFrame element, string text) => _current.Push((element, text));

    /// <summary>Ends what the last <see cref="Push"/> began.</summary>
    public void Pop() => _current.Pop();
}
