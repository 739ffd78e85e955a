using System.Text;
using System.Xml;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Xml;

/// <summary>
/// <c>Parse XML</c> with its <c>On Element</c> handlers, <c>XML Attr</c> and <c>XML Text</c> inside
/// them, and <c>XML Encode</c> / <c>XML Decode</c> (Scripting Index). The document is read with
/// .NET's XmlReader, DTDs refused; XML that is not well formed is a JSL error naming the problem.
/// </summary>
internal static class XmlBuiltins
{
    private const string Category = "XML";
    private static readonly Symbol OnElement = Symbol.Intern("On Element");
    private static readonly Symbol StartTag = Symbol.Intern("Start Tag");
    private static readonly Symbol EndTag = Symbol.Intern("End Tag");
    private static readonly Symbol TextHandler = Symbol.Intern("Text");

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Parse XML", ParseXml);
        table.Add(Category, "XML Attr", XmlAttr);
        table.Add(Category, "XML Text", c =>
        {
            c.RequireCount(0, 0);
            return new StringValue(Current(c, "XML Text").Text);
        });
        table.Add(Category, "XML Encode", c => new StringValue(Encode(c.String(0))));
        table.Add(Category, "XML Decode", c => new StringValue(Decode(c.String(0))));
    }

    /// <summary>
    /// <c>Parse XML(text, On Element(tag, Start Tag(e), Text(e), End Tag(e)), ...)</c>. Each piece of
    /// text goes to the innermost open element that has a handler (so the text of an element
    /// without one reaches its handled parent), and <c>XML Text()</c> in an <c>End Tag</c> is the
    /// last such piece. Decision: text that is only whitespace is given to no one; tag names match
    /// exactly, as XML's are case-sensitive; the result is Empty.
    /// </summary>
    private static Value ParseXml(CallContext c)
    {
        var text = c.String(0);
        var handlers = new Dictionary<string, XmlElementHandler>(StringComparer.Ordinal);
        for (var i = 1; i < c.Count; i++)
        {
            var handler = Handler(c, c.ArgNode(i));
            handlers[handler.Tag] = handler;
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true };
        var open = new Stack<XmlElementFrame>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var frame = new XmlElementFrame(handlers.GetValueOrDefault(reader.LocalName), Attributes(reader));
                        var empty = reader.IsEmptyElement;
                        Run(c, frame, frame.Handler?.StartTag, "");
                        if (empty) Run(c, frame, frame.Handler?.EndTag, "");
                        else open.Push(frame);
                        break;
                    case XmlNodeType.EndElement:
                        var closed = open.Pop();
                        Run(c, closed, closed.Handler?.EndTag, closed.LastText);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        var owner = open.FirstOrDefault(f => f.Handler is not null);
                        if (owner is null || reader.Value.Trim().Length == 0) break;
                        owner.LastText = reader.Value;
                        Run(c, owner, owner.Handler!.Text, reader.Value);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw c.Error(XmlErrorMessage.For(e));
        }
        return EmptyValue.Instance;
    }

    private static XmlElementHandler Handler(CallContext c, Node node)
    {
        if (node is not CallNode { Qualifier: null } call || !ReferenceEquals(call.Head, OnElement) || call.Args.Count == 0)
        {
            throw c.Error("Parse XML takes On Element( tag, Start Tag( ... ), Text( ... ), End Tag( ... ) ) after the text");
        }
        var tag = c.Eval(call.Args[0]) is StringValue s ? s.Value : throw c.Error("On Element needs a tag name string");
        Node? start = null, text = null, end = null;
        foreach (var part in call.Args.Skip(1))
        {
            if (part is not CallNode { Args.Count: 1 } p) throw c.Error("On Element takes Start Tag( ... ), Text( ... ) and End Tag( ... )");
            if (ReferenceEquals(p.Head, StartTag)) start = p.Args[0];
            else if (ReferenceEquals(p.Head, EndTag)) end = p.Args[0];
            else if (ReferenceEquals(p.Head, TextHandler)) text = p.Args[0];
            else throw c.Error($"On Element does not take {p.HeadText}");
        }
        return new XmlElementHandler(tag, start, text, end);
    }

    private static List<KeyValuePair<string, string>> Attributes(XmlReader reader)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        if (!reader.MoveToFirstAttribute()) return attributes;
        do attributes.Add(new(reader.Name, reader.Value));
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return attributes;
    }

    private static void Run(CallContext c, XmlElementFrame element, Node? expression, string text)
    {
        if (expression is null) return;
        var state = c.Interpreter.State.Xml;
        state.Push(element, text);
        try
        {
            c.Eval(expression);
        }
        finally
        {
            state.Pop();
        }
    }

    /// <summary>
    /// <c>XML Attr(name)</c>: the attribute's value; <c>XML Attr()</c>: all of them as an associative
    /// array. Decision: an attribute the element does not have is "".
    /// </summary>
    private static Value XmlAttr(CallContext c)
    {
        var element = Current(c, "XML Attr").Element;
        if (c.Count == 0)
        {
            var all = new AssociativeArrayValue();
            foreach (var (name, value) in element.Attributes) all.Entries[new StringValue(name)] = new StringValue(value);
            return all;
        }
        var wanted = c.String(0);
        return new StringValue(element.Attributes.FirstOrDefault(a => a.Key == wanted).Value ?? "");
    }

    private static XmlParseState Current(CallContext c, string function)
    {
        var state = c.Interpreter.State.Xml;
        return state.IsActive ? state : throw c.Error($"{function} is only meaningful inside the handlers of Parse XML");
    }

    /// <summary>The Index's four replacements, &amp; first so that the others are not encoded twice.</summary>
    internal static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The named entities of XML and numeric character references back to characters; anything else stays as written.</summary>
    internal static string Decode(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '&' ? text.IndexOf(';', i + 1) : -1;
            var replacement = end > i ? Entity(text[(i + 1)..end]) : null;
            if (replacement is null)
            {
                sb.Append(text[i]);
                continue;
            }
            sb.Append(replacement);
            i = end;
        }
        return sb.ToString();
    }

    private static string? Entity(string name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var h) && h is >= 0 and <= 0x10FFFF => char.ConvertFromUtf32(h),
        ['#', .. var dec] when int.TryParse(dec, out var d) && d is >= 0 and <= 0x10FFFF => char.ConvertFromUtf32(d),
        _ => null,
    };
}
