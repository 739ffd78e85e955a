using System.Xml;

namespace Jsl.Builtins.Xml;

/// <summary>
/// The message of a <c>Parse XML</c> error for XML that is not well formed, in JMP's words:
/// <c>Invalid XML: Non-matching end tag encountered.</c>. Scripts compare these texts (jsl-hamcrest's
/// <c>ut valid xml</c> tests expect JMP's exact wording), so the problems whose JMP wording is known
/// are given it; any other keeps .NET's description, with its line and position, after the same prefix.
/// </summary>
internal static class XmlErrorMessage
{
    private const string Prefix = "Invalid XML: ";

    /// <summary>
    /// A part of .NET's (invariant, English) description and JMP's text for that problem.
    /// Decision: recognised by .NET's wording because XmlException carries no public error code;
    /// jsl runs with invariant globalization, so the wording does not change with the locale.
    /// </summary>
    private static readonly (string DotNetFragment, string JmpText)[] Known =
    [
        ("does not match the end tag", "Non-matching end tag encountered."),
        ("The expected token is '='", "Missing \"=\"."),
    ];

    /// <summary>The JSL error message for <paramref name="error"/>.</summary>
    public static string For(XmlException error)
    {
        foreach (var (fragment, jmpText) in Known)
        {
            if (error.Message.Contains(fragment, StringComparison.Ordinal)) return Prefix + jmpText;
        }
        return Prefix + error.Message;
    }
}
