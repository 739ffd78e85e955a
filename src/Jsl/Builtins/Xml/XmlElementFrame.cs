namespace Jsl.Builtins.Xml;

/// <summary>
/// An element open while <c>Parse XML</c> reads: its handler (null when no <c>On Element</c> names
/// it), its attributes, and the text last given to it, which is what <c>XML Text()</c> says in its <c>End Tag</c>.
/// </summary>
internal sealed class XmlElementFrame(XmlElementHandler? handler, IReadOnlyList<KeyValuePair<string, string>> attributes)
{
    /// <summary>The handler for this element, or null.</summary>
    public XmlElementHandler? Handler { get; } = handler;

    /// <summary>The element's attributes in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; } = attributes;

    /// <summary>The last piece of text given to this element ("" before any).</summary>
    public string LastText { get; set; } = "";
}
