using System.Globalization;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// How JMP writes a number (output.md §2.1, §10.4): up to 15 significant digits, no trailing
/// zeros, exponent form exactly where C's <c>%.15g</c> uses it, written <c>1e+20</c> / <c>1e-5</c>
/// (lower-case, no zero padding), and <c>.</c> for missing. One place, so a later check against a
/// real JMP can change one rule.
/// </summary>
internal static class NumberFormatter
{
    /// <summary>Formats <paramref name="value"/> as JMP's log does.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return ".";
        if (value == 0) return "0";
        if (double.IsPositiveInfinity(value)) return "1e+308";
        if (double.IsNegativeInfinity(value)) return "-1e+308";
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0) return text;
        var mantissa = text[..e];
        var sign = text[e + 1];
        var digits = text[(e + 2)..].TrimStart('0');
        return $"{mantissa}e{sign}{(digits.Length == 0 ? "0" : digits)}";
    }
}
