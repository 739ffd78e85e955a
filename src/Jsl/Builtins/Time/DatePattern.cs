using System.Globalization;
using System.Text;

namespace Jsl.Builtins.Time;

/// <summary>
/// A date-time layout written in JMP's "Format Pattern" notation — fields in angle brackets
/// (<c>&lt;YYYY&gt;&lt;MM&gt;&lt;DD&gt;</c>, <c>&lt;hh24&gt;&lt;:&gt;&lt;mm&gt;</c>), everything else literal — used both
/// to write values (<c>Format</c>) and to read them (<c>Informat</c>). The named formats
/// ("m/d/y", "ddMonyyyy h:m:s", ...) are translated into patterns.
/// </summary>
internal sealed class DatePattern
{
    private readonly List<(bool IsField, string Text)> _parts;
    private readonly bool _twelveHour;

    private DatePattern(List<(bool IsField, string Text)> parts)
    {
        _parts = parts;
        _twelveHour = parts.Exists(static p => p.IsField && p.Text is "AMPM" or "ampm");
    }

    private static readonly HashSet<string> Fields =
        ["YYYY", "YY", "MM", "M", "Mon", "Month", "DD", "D", "Day", "Dy", "hh24", "hh", "h", "mm", "ss", "AMPM", "ampm", "Q"];

    private static readonly Dictionary<string, string> NamedFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m/d/y"] = "<MM>/<DD>/<YYYY>",
        ["d/m/y"] = "<DD>/<MM>/<YYYY>",
        ["y/m/d"] = "<YYYY>/<MM>/<DD>",
        ["mmddyyyy"] = "<MM><DD><YYYY>",
        ["ddmmyyyy"] = "<DD><MM><YYYY>",
        ["yyyymmdd"] = "<YYYY><MM><DD>",
        ["mmddyy"] = "<MM><DD><YY>",
        ["ddmmyy"] = "<DD><MM><YY>",
        ["ddmonyyyy"] = "<DD><Mon><YYYY>",
        ["monddyyyy"] = "<Mon><DD><YYYY>",
        ["yyyy-mm-dd"] = "<YYYY>-<MM>-<DD>",
        ["yyyy-mm-ddthh:mm"] = "<YYYY>-<MM>-<DD>T<hh24>:<mm>",
        ["yyyy-mm-ddthh:mm:ss"] = "<YYYY>-<MM>-<DD>T<hh24>:<mm>:<ss>",
        ["yyyy-mm-dd hh:mm"] = "<YYYY>-<MM>-<DD> <hh24>:<mm>",
        ["yyyy-mm-dd hh:mm:ss"] = "<YYYY>-<MM>-<DD> <hh24>:<mm>:<ss>",
        ["yyyyqq"] = "<YYYY>Q<Q>",
        ["yyyymm"] = "<YYYY><MM>",
        ["h:m"] = "<hh24>:<mm>",
        ["h:m:s"] = "<hh24>:<mm>:<ss>",
    };

    /// <summary>
    /// The pattern for a named JMP date format, or null when the name is not a date format. A date
    /// part followed by " h:m", " h:m:s", ":h:m" or ":h:m:s" adds the time.
    /// Decision: hours are written on the 24-hour clock in every named format (JMP's log shows
    /// <c>15Jul2000:13:45:30</c>); a pattern asks for 12-hour time with an <c>&lt;AMPM&gt;</c> field.
    /// </summary>
    public static DatePattern? ForName(string name)
    {
        var key = name.Trim();
        if (NamedFormats.TryGetValue(key, out var pattern)) return Parse(pattern);
        foreach (var (suffix, time) in TimeSuffixes)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && NamedFormats.TryGetValue(key[..^suffix.Length], out var datePart) && !datePart.Contains("<hh24>", StringComparison.Ordinal))
            {
                return Parse(datePart + time);
            }
        }
        return null;
    }

    private static readonly (string Suffix, string Time)[] TimeSuffixes =
    [
        (" h:m:s", " <hh24>:<mm>:<ss>"), (" h:m", " <hh24>:<mm>"),
        (":h:m:s", ":<hh24>:<mm>:<ss>"), (":h:m", ":<hh24>:<mm>"),
    ];

    /// <summary>Parses a "Format Pattern" string; null (with <paramref name="error"/>) when a field is unknown.</summary>
    public static DatePattern? TryParse(string pattern, out string error)
    {
        var parts = new List<(bool, string)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var close = pattern[i] == '<' ? pattern.IndexOf('>', i + 1) : -1;
            if (close < 0)
            {
                literal.Append(pattern[i++]);
                continue;
            }
            var inner = pattern[(i + 1)..close];
            if (Fields.Contains(inner))
            {
                if (literal.Length > 0) parts.Add((false, literal.ToString()));
                literal.Clear();
                parts.Add((true, inner));
            }
            else if (inner.Length > 0 && !inner.Any(char.IsLetterOrDigit))
            {
                literal.Append(inner); // <:>, </>, <->, < > are literal separators
            }
            else
            {
                error = $"unknown Format Pattern field <{inner}>";
                return null;
            }
            i = close + 1;
        }
        if (literal.Length > 0) parts.Add((false, literal.ToString()));
        error = "";
        return new DatePattern(parts);
    }

    private static DatePattern Parse(string pattern) => TryParse(pattern, out _)!;

    /// <summary>Writes <paramref name="seconds"/> with this pattern; <c>.</c> when missing or out of range.</summary>
    public string Format(double seconds)
    {
        var value = JmpDate.ToDateTime(seconds);
        if (value is null) return ".";
        var t = value.Value;
        var sb = new StringBuilder();
        foreach (var (isField, text) in _parts)
        {
            if (!isField)
            {
                sb.Append(text);
                continue;
            }
            sb.Append(text switch
            {
                "YYYY" => t.Year.ToString("0000", CultureInfo.InvariantCulture),
                "YY" => (t.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                "MM" => t.Month.ToString("00", CultureInfo.InvariantCulture),
                "M" => t.Month.ToString(CultureInfo.InvariantCulture),
                "Mon" => JmpDate.MonthAbbreviations[t.Month - 1],
                "Month" => JmpDate.MonthNames[t.Month - 1],
                "DD" => t.Day.ToString("00", CultureInfo.InvariantCulture),
                "D" => t.Day.ToString(CultureInfo.InvariantCulture),
                "Day" => JmpDate.DayNames[(int)t.DayOfWeek],
                "Dy" => JmpDate.DayNames[(int)t.DayOfWeek][..3],
                "hh24" => t.Hour.ToString("00", CultureInfo.InvariantCulture),
                "hh" => Hour(t).ToString("00", CultureInfo.InvariantCulture),
                "h" => Hour(t).ToString(CultureInfo.InvariantCulture),
                "mm" => t.Minute.ToString("00", CultureInfo.InvariantCulture),
                "ss" => t.Second.ToString("00", CultureInfo.InvariantCulture),
                "AMPM" => t.Hour < 12 ? "AM" : "PM",
                "ampm" => t.Hour < 12 ? "am" : "pm",
                "Q" => ((t.Month + 2) / 3).ToString(CultureInfo.InvariantCulture),
                _ => "",
            });
        }
        return sb.ToString();
    }

    private int Hour(DateTime t) => !_twelveHour ? t.Hour : t.Hour % 12 == 0 ? 12 : t.Hour % 12;

    /// <summary>Reads <paramref name="text"/> with this pattern; NaN when it does not match.</summary>
    public double Read(string text)
    {
        int year = 1904, month = 1, day = 1, hour = 0, minute = 0;
        double second = 0;
        bool? pm = null;
        var pos = 0;
        text = text.Trim();
        foreach (var (isField, part) in _parts)
        {
            if (!isField)
            {
                if (!MatchLiteral(text, ref pos, part)) return double.NaN;
                continue;
            }
            switch (part)
            {
                case "YYYY":
                    if (!ReadInt(text, ref pos, 4, out year)) return double.NaN;
                    break;
                case "YY":
                    if (!ReadInt(text, ref pos, 2, out var yy)) return double.NaN;
                    year = Jsl.Syntax.TwoDigitYear.Expand(yy);
                    break;
                case "MM" or "M":
                    if (!ReadInt(text, ref pos, 2, out month)) return double.NaN;
                    break;
                case "DD" or "D":
                    if (!ReadInt(text, ref pos, 2, out day)) return double.NaN;
                    break;
                case "Mon" or "Month":
                    if (!ReadMonth(text, ref pos, out month)) return double.NaN;
                    break;
                case "Day" or "Dy":
                    while (pos < text.Length && char.IsLetter(text[pos])) pos++;
                    break;
                case "hh24" or "hh" or "h":
                    if (!ReadInt(text, ref pos, 2, out hour)) return double.NaN;
                    break;
                case "mm":
                    if (!ReadInt(text, ref pos, 2, out minute)) return double.NaN;
                    break;
                case "ss":
                    if (!ReadSeconds(text, ref pos, out second)) return double.NaN;
                    break;
                case "AMPM" or "ampm":
                    if (pos + 2 > text.Length) return double.NaN;
                    var marker = text.Substring(pos, 2).ToUpperInvariant();
                    if (marker is not ("AM" or "PM")) return double.NaN;
                    pm = marker == "PM";
                    pos += 2;
                    break;
                case "Q":
                    if (!ReadInt(text, ref pos, 1, out var quarter) || quarter is < 1 or > 4) return double.NaN;
                    month = (quarter - 1) * 3 + 1;
                    break;
            }
        }
        if (pos != text.Length) return double.NaN;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) return double.NaN;
        if (pm is not null)
        {
            if (hour is < 1 or > 12) return double.NaN;
            hour = hour % 12 + (pm.Value ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second >= 60) return double.NaN;
        return JmpDate.FromParts(year, month, day) + hour * 3600 + minute * 60 + second;
    }

    private static bool MatchLiteral(string text, ref int pos, string literal)
    {
        foreach (var c in literal)
        {
            if (char.IsWhiteSpace(c))
            {
                if (pos >= text.Length || !char.IsWhiteSpace(text[pos])) return false;
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                continue;
            }
            if (pos >= text.Length || char.ToUpperInvariant(text[pos]) != char.ToUpperInvariant(c)) return false;
            pos++;
        }
        return true;
    }

    private static bool ReadInt(string text, ref int pos, int maxDigits, out int value)
    {
        value = 0;
        var start = pos;
        while (pos < text.Length && pos - start < maxDigits && char.IsAsciiDigit(text[pos]))
        {
            value = value * 10 + (text[pos] - '0');
            pos++;
        }
        return pos > start;
    }

    private static bool ReadSeconds(string text, ref int pos, out double value)
    {
        var start = pos;
        if (!ReadInt(text, ref pos, 2, out var whole))
        {
            value = 0;
            return false;
        }
        value = whole;
        if (pos < text.Length && text[pos] == '.')
        {
            var fracStart = pos;
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
            value = double.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
            if (pos == fracStart + 1) value = whole;
        }
        return true;
    }

    private static bool ReadMonth(string text, ref int pos, out int month)
    {
        for (var m = 0; m < 12; m++)
        {
            foreach (var name in (ReadOnlySpan<string>)[JmpDate.MonthNames[m], JmpDate.MonthAbbreviations[m]])
            {
                if (pos + name.Length <= text.Length && string.Compare(text, pos, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    pos += name.Length;
                    month = m + 1;
                    return true;
                }
            }
        }
        month = 0;
        return false;
    }
}
