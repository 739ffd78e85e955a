using System.Globalization;
using System.Text;

namespace Jsl.Builtins.Strings;

/// <summary>Hexadecimal (and other base) text of bytes and numbers, and back.</summary>
internal static class HexText
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Upper-case hex digits, two per byte.</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>The IEEE 754 double's 64 bits as 16 hex digits, most significant first.</summary>
    public static string FromDouble(double value) =>
        BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);

    /// <summary>
    /// A whole number in base <paramref name="radix"/> (2–36), upper-case digits. Decision: a
    /// negative number is written with a leading minus sign (not as a two's complement), the same
    /// for <c>"integer"</c> and <c>Base(n)</c>; fractions are truncated toward zero.
    /// </summary>
    public static string FromInteger(double value, int radix)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "an infinite value has no digits");
        var magnitude = Math.Floor(Math.Abs(value));
        if (magnitude == 0) return "0";
        var sb = new StringBuilder();
        while (magnitude >= 1)
        {
            var digit = (int)(magnitude % radix);
            sb.Insert(0, Digits[digit]);
            magnitude = Math.Floor(magnitude / radix);
        }
        if (value < 0) sb.Insert(0, '-');
        return sb.ToString();
    }

    /// <summary>
    /// Bytes from hex digits; spaces, tabs, commas, carriage returns and line feeds are skipped
    /// (as <c>Hex To Blob</c> documents). Null when a character is not a hex digit or the digit
    /// count is odd.
    /// </summary>
    public static byte[]? ToBytes(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is ' ' or '\t' or ',' or '\r' or '\n') continue;
            if (!char.IsAsciiHexDigit(ch)) return null;
            digits.Append(ch);
        }
        if (digits.Length % 2 != 0) return null;
        return Convert.FromHexString(digits.ToString());
    }

    /// <summary>
    /// <c>Hex To Number</c>: exactly 16 hex digits are an IEEE 754 double's bits; any other count is
    /// a hex integer. Missing (NaN) when the text is not hex.
    /// </summary>
    public static double ToNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 16 && trimmed.All(char.IsAsciiHexDigit))
        {
            return BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(trimmed, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
        }
        return ToNumber(trimmed, 16);
    }

    /// <summary>A whole number written in base <paramref name="radix"/> (2–36), optionally signed; NaN when not valid.</summary>
    public static double ToNumber(string text, int radix)
    {
        var s = text.Trim();
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length == 0) return double.NaN;
        double value = 0;
        foreach (var ch in s)
        {
            var digit = Digits.IndexOf(char.ToUpperInvariant(ch), StringComparison.Ordinal);
            if (digit < 0 || digit >= radix) return double.NaN;
            value = value * radix + digit;
        }
        return negative ? -value : value;
    }
}
