using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Encode URI(value)</c> and <c>Decode URI(value)</c> (Scripting Index, Utility; JMP 14), for
/// building query strings and paths of web requests.
/// </summary>
/// <remarks>
/// Decision: encoding escapes every character but the unreserved ones of RFC 3986 (letters, digits,
/// <c>- _ . ~</c>) as UTF-8 percent escapes, so <c>Encode URI("Foo Bar")</c> is <c>Foo%20Bar</c> and
/// a value holding <c>&amp;</c> or <c>=</c> is safe inside a query string. Decoding undoes any
/// percent escape and leaves malformed ones as they are.
/// </remarks>
internal static class UriBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add(StringBuiltins.Category, "Encode URI", c =>
        {
            c.RequireCount(1, 1);
            var text = c.String(0);
            c.Limits.CheckString(text.Length * 9L, c.Call);
            return new StringValue(Uri.EscapeDataString(text));
        });
        table.Add(StringBuiltins.Category, "Decode URI", c =>
        {
            c.RequireCount(1, 1);
            return new StringValue(Uri.UnescapeDataString(c.String(0)));
        });
    }
}
