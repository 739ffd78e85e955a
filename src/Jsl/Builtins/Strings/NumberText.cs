using System.Globalization;
using System.Text.RegularExpressions;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Num(s)</c>'s reading of text: plain numbers (integer, decimal, scientific) always; unless
/// restricted, also the other formats JMP reads (dates, times, percentages, currency, digit
/// grouping). Anything else is missing.
/// </summary>
internal static partial class NumberText
{
    private static readonly DateTime Epoch = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The number <paramref name="text"/> stands for, or NaN (missing).</summary>
    public static double Parse(string text, bool restrict)
    {
        var s = text.Trim();
        if (s.Length == 0) return double.NaN;
        if (TryPlain(s, out var plain)) return plain;
        if (restrict) return double.NaN;
        return TryFormatted(s);
    }

    /// <summary>Integer, decimal and scientific forms: <c>42</c>, <c>-7</c>, <c>.5</c>, <c>3.1e6</c>.</summary>
    private static bool TryPlain(string s, out double value)
    {
        value = double.NaN;
        if (!PlainNumber().IsMatch(s)) return false;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Decision: the formats read beyond plain numbers are the ones the Scripting Index shows
    /// (<c>5%</c>, <c>£23</c>, <c>1989-10-04</c>) and JMP's common display formats: digit grouping
    /// <c>1,234.5</c>; currency signs $ £ € ¥ before the number; ISO dates <c>yyyy-mm-dd</c> with an
    /// optional <c>T</c>/space time; US dates <c>mm/dd/yyyy</c>; JMP's <c>ddMonyyyy[:hh:mm:ss]</c>; and
    /// times <c>hh:mm[:ss]</c> (seconds). Dates are seconds since 1 January 1904.
    /// </summary>
    private static double TryFormatted(string s)
    {
        if (s.EndsWith('%'))
        {
            var inner = Grouped(s[..^1].TrimEnd());
            return double.IsNaN(inner) ? double.NaN : inner / 100;
        }
        var currency = Currency().Match(s);
        if (currency.Success)
        {
            var amount = Grouped(currency.Groups["amount"].Value);
            var negative = currency.Groups["sign1"].Value == "-" ^ currency.Groups["sign2"].Value == "-";
            return negative ? -amount : amount;
        }
        var grouped = Grouped(s);
        if (!double.IsNaN(grouped)) return grouped;
        return TryDate(s);
    }

    private static double Grouped(string s)
    {
        if (TryPlain(s, out var plain)) return plain;
        if (!GroupedNumber().IsMatch(s)) return double.NaN;
        return double.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    private static double TryDate(string s)
    {
        var m = IsoDate().Match(s);
        if (m.Success) return DateSeconds(m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        m = UsDate().Match(s);
        if (m.Success) return DateSeconds(m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        m = JmpDate().Match(s);
        if (m.Success)
        {
            var month = Array.IndexOf(Months, m.Groups["mon"].Value.ToLowerInvariant()) + 1;
            var year = Int(m, "y");
            if (m.Groups["y"].Value.Length == 2) year += year < 50 ? 2000 : 1900;
            return month == 0 ? double.NaN : DateSeconds(m, year, month, Int(m, "d"));
        }
        m = TimeOnly().Match(s);
        if (m.Success) return TimeSeconds(m) ?? double.NaN;
        return double.NaN;
    }

    private static double DateSeconds(Match m, int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return double.NaN;
        var days = (new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) - Epoch).TotalDays;
        var time = m.Groups["h"].Success ? TimeSeconds(m) : 0;
        return time is null ? double.NaN : days * 86400 + time.Value;
    }

    private static double? TimeSeconds(Match m)
    {
        var hours = Int(m, "h");
        var minutes = Int(m, "min");
        var seconds = m.Groups["s"].Success
            ? double.Parse(m.Groups["s"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0;
        if (minutes > 59 || seconds >= 60) return null;
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"^(?<sign1>[+-]?)\s*[$£€¥]\s*(?<sign2>[+-]?)(?<amount>[\d.,]+)$")]
    private static partial Regex Currency();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})([T ](?<h>\d{1,2}):(?<min>\d{2})(:(?<s>\d{2}(\.\d+)?))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})( (?<h>\d{1,2}):(?<min>\d{2})(:(?<s>\d{2}(\.\d+)?))?)?$")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<mon>[A-Za-z]{3})(?<y>\d{4}|\d{2})(:(?<h>\d{1,2}):(?<min>\d{2})(:(?<s>\d{2}(\.\d+)?))?)?$")]
    private static partial Regex JmpDate();

    [GeneratedRegex(@"^(?<h>\d{1,3}):(?<min>\d{2})(:(?<s>\d{2}(\.\d+)?))?$")]
    private static partial Regex TimeOnly();
}
