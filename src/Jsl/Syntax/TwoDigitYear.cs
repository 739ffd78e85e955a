namespace Jsl.Syntax;

/// <summary>
/// The one rule for two-digit years, shared by date literals (<c>01jan98</c>) and date input
/// formats (<c>Informat</c>). Decision: 30–99 are 1930–1999 and 00–29 are 2000–2029, the window
/// .NET's and Windows' calendars use by default; JMP's own rule is not documented.
/// </summary>
internal static class TwoDigitYear
{
    /// <summary>The four-digit year for a two-digit one (0–99).</summary>
    public static int Expand(int twoDigits) => twoDigits >= 30 ? 1900 + twoDigits : 2000 + twoDigits;
}
