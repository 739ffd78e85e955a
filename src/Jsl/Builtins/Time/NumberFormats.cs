using System.Globalization;
using Jsl.Runtime.Formatting;

namespace Jsl.Builtins.Time;

/// <summary>The numeric formats of <c>Format</c>: "Best", "Fixed Dec", "Percent", "Currency", "Scientific".</summary>
internal static class NumberFormats
{
    /// <summary>
    /// Writes <paramref name="value"/> in the numeric format <paramref name="name"/>; null when the
    /// name is not a numeric format. <paramref name="decimals"/> is the requested number of decimals
    /// (null: the format's default).
    /// </summary>
    public static string? Format(double value, string name, int? decimals, string? currency, bool fullPrecision)
    {
        var key = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (double.IsNaN(value) && key is "best" or "fixeddec" or "percent" or "currency" or "scientific") return ".";
        return key switch
        {
            "best" => fullPrecision ? value.ToString("R", CultureInfo.InvariantCulture) : decimals is { } d ? Best(value, d) : NumberFormatter.Format(value),
            "fixeddec" => value.ToString("F" + Clamp(decimals ?? 0), CultureInfo.InvariantCulture),
            "percent" => (value * 100).ToString("F" + Clamp(decimals ?? 0), CultureInfo.InvariantCulture) + "%",
            "currency" => Currency(value, currency ?? "USD", Clamp(decimals ?? 2)),
            "scientific" => Scientific(value, decimals),
            _ => null,
        };
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
