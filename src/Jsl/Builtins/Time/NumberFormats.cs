using System.Globalization;
using Jsl.Runtime.Formatting;

namespace Jsl.Builtins.Time;

/// <summary>The numeric formats of <c>Format</c>: "Best", "Fixed Dec", "Percent", "Currency", "Scientific", "PValue".</summary>
internal static class NumberFormats
{
    /// <summary>The option strings after the numbers: "Full Precision" and "Use thousands separator".</summary>
    public readonly record struct Options(bool FullPrecision, bool Thousands);

    /// <summary>
    /// Writes <paramref name="value"/> in the numeric format <paramref name="name"/>; null when the
    /// name is not a numeric format. <paramref name="decimals"/> is the requested number of decimals
    /// (null: the format's default).
    /// </summary>
    public static string? Format(double value, string name, int? decimals, string? currency, Options options)
    {
        var key = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (double.IsNaN(value) && key is "best" or "fixeddec" or "percent" or "currency" or "scientific" or "pvalue") return ".";
        // "Use thousands separator" groups the digits of Best, Fixed Dec and Percent (Currency always does).
        var fixedStyle = options.Thousands ? "N" : "F";
        return key switch
        {
            "best" => Group(options.FullPrecision ? value.ToString("R", CultureInfo.InvariantCulture) : decimals is { } d ? Best(value, d) : NumberFormatter.Format(value), options.Thousands),
            "fixeddec" => value.ToString(fixedStyle + Clamp(decimals ?? 0), CultureInfo.InvariantCulture),
            "percent" => (value * 100).ToString(fixedStyle + Clamp(decimals ?? 0), CultureInfo.InvariantCulture) + "%",
            "currency" => Currency(value, currency ?? "USD", Clamp(decimals ?? 2)),
            "scientific" => Scientific(value, decimals),
            "pvalue" => PValue(value, decimals),
            _ => null,
        };
    }

    /// <summary>
    /// A probability as JMP's reports show it: "If a number is less than 0.0001, the number is displayed
    /// as &lt;.0001" (JMP's Numeric Format Options). Decision: otherwise four decimals ("0.0234"), or the
    /// decimals given, and the cut-off follows them (two decimals: "&lt;.01").
    /// </summary>
    private static string PValue(double value, int? decimals)
    {
        var d = Math.Clamp(decimals ?? 4, 1, 15);
        var cutoff = Math.Pow(10, -d);
        return value < cutoff && value >= 0
            ? "<." + new string('0', d - 1) + "1"
            : value.ToString("F" + d, CultureInfo.InvariantCulture);
    }

    /// <summary>Puts thousands separators into the whole part of a plain number's text (not into exponent forms).</summary>
    private static string Group(string text, bool thousands)
    {
        if (!thousands || text.Contains('e', StringComparison.Ordinal)) return text;
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var sign = whole.StartsWith('-') ? "-" : "";
        var digits = whole[sign.Length..];
        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return text;
        return sign + n.ToString("N0", CultureInfo.InvariantCulture) + (point < 0 ? "" : text[point..]);
    }

    private static int Clamp(int decimals) => Math.Clamp(decimals, 0, 15);

    // "Best" with a decimals limit rounds, then drops trailing zeros.
    private static string Best(double value, int decimals) => NumberFormatter.Format(Math.Round(value, Clamp(decimals), MidpointRounding.AwayFromZero));

    private static string Currency(double value, string code, int decimals)
    {
        // Decision: the symbol is written before the number for the common codes, otherwise the
        // ISO code and a space ("CHF 12.00"); negatives get a leading minus.
        var symbol = code.ToUpperInvariant() switch
        {
            "USD" or "CAD" or "AUD" or "NZD" or "MXN" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" or "CNY" => "¥",
            "INR" => "₹",
            var other => other + " ",
        };
        var number = Math.Abs(value).ToString("N" + decimals, CultureInfo.InvariantCulture);
        return (value < 0 ? "-" : "") + symbol + number;
    }

    private static string Scientific(double value, int? decimals)
    {
        var text = decimals is { } d ? value.ToString("E" + Clamp(d), CultureInfo.InvariantCulture) : value.ToString("E14", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..e];
        if (decimals is null && mantissa.Contains('.', StringComparison.Ordinal)) mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        var exponent = int.Parse(text.AsSpan(e + 1), CultureInfo.InvariantCulture);
        return $"{mantissa}e{(exponent < 0 ? "-" : "")}{Math.Abs(exponent)}";
    }
}
