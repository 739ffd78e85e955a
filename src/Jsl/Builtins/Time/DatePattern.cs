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

    private readonly bool _duration;

    private DatePattern(List<(bool IsField, string Text)> parts)
    {
        _parts = parts;
        _twelveHour = parts.Exists(static p => p.IsField && p.Text is "AMPM" or "ampm" or "ampm!");
        _duration = parts.Exists(static p => p.IsField && p.Text is "Day" or "Hour" or "Minute");
        HasYear = parts.Exists(static p => p.IsField && p.Text is "YYYY" or "YY" or "yyyy" or "yy");
    }

    /// <summary>True when the pattern holds a year, so that what it reads is a date (not a time of day or a duration).</summary>
    public bool HasYear { get; }

    /// <summary>
    /// The field descriptors the Scripting Index lists for Format Pattern (JMP 16+), plus <c>Mon</c>,
    /// <c>Dy</c> and <c>h</c>, which the named formats are written with. <c>Day</c>, <c>Hour</c> and
    /// <c>Minute</c> are the duration counts; a pattern holding one of them formats a duration.
    /// </summary>
    private static readonly HashSet<string> Fields =
        ["YYYY", "YY", "yyyy", "yy", "MM", "M", "Mon", "Mmm", "MMM", "Month", "DD", "D", "DayOfWeek", "Dy", "DW", "dw",
         "WW1", "WW2", "ww", "Q", "Q#", "hh24", "hh", "zhh", "h", "mm", "ss", "AMPM", "ampm", "ampm?", "ampm!", "Day", "Hour", "Minute"];

    /// <summary>Separators that are fields: written as their character, and on input any common separator (<c>/?</c>, <c>:?</c>: optional, never written).</summary>
    private static readonly HashSet<string> SeparatorFields = ["/", "-", "/?", ":?"];

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
        // Decision: the locale formats are written for the en-US locale jsl runs in, as the functions
        // of the same names write them: "Date Long" as Long Date ("Sunday, February 29, 2004"),
        // "Date Abbrev" as Abbrev Date and "Locale Date" as Short Date ("02/29/2004").
        ["date long"] = "<DayOfWeek>, <Month> <D>, <YYYY>",
        ["date abbrev"] = "<MM>/<DD>/<YYYY>",
        ["locale date"] = "<MM>/<DD>/<YYYY>",
        ["h:m"] = "<hh24>:<mm>",
        ["h:m:s"] = "<hh24>:<mm>:<ss>",
        // The duration formats the Scripting Index lists with the date formats. Decision: they are the
        // duration counts of the Scripting Guide's Format Pattern table (<Day>d <hh24>h <mm>m <ss>s gives
        // 123d 02h 34m 56s): the leading unit uncapped and unpadded, the others two digits.
        [":day:hr:m:s"] = ":<Day>:<hh24>:<mm>:<ss>",
        [":day:hr:m"] = ":<Day>:<hh24>:<mm>",
        ["hr:m:s"] = "<Hour>:<mm>:<ss>",
        ["hr:m"] = "<Hour>:<mm>",
        ["min:s"] = "<Minute>:<ss>",
    };

    /// <summary>
    /// The pattern for a named JMP date format, or null when the name is not a date format. A date
    /// part followed by " h:m", " h:m:s", ":h:m" or ":h:m:s" adds the time.
    /// Decision: hours are written on the 24-hour clock in the named formats (JMP's log shows
    /// <c>15Jul2000:13:45:30</c>), except "ddMonyyyy h:m:s" and "ddMonyyyy h:m" (below); a pattern asks
    /// for 12-hour time with an <c>&lt;AMPM&gt;</c> field. Reading, a named format with a time accepts
    /// an AM/PM after it either way.
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
                // Decision: "ddMonyyyy h:m:s" and "ddMonyyyy h:m" (a space before the time) write the
                // 12-hour clock with AM/PM, "19May2011 11:37:52 AM", as the Scripting Guide's Format
                // example shows; the other named formats keep the 24-hour clock (see above).
                var twelveHour = suffix[0] == ' ' && key[..^suffix.Length].Equals("ddMonyyyy", StringComparison.OrdinalIgnoreCase);
                return Parse(datePart + (twelveHour ? time.Replace("<hh24>", "<h>", StringComparison.Ordinal).Replace("<ampm?>", "<ampm!>", StringComparison.Ordinal) : time));
            }
        }
        return null;
    }

    /// <summary>
    /// The time parts a named date format can end with. Two internal fields: <c>&lt;ampm?&gt;</c> writes
    /// nothing and reads an optional AM/PM; <c>&lt;ampm!&gt;</c> writes " AM"/" PM" and reads it optionally.
    /// </summary>
    private static readonly (string Suffix, string Time)[] TimeSuffixes =
    [
        (" h:m:s", " <hh24>:<mm>:<ss><ampm?>"), (" h:m", " <hh24>:<mm><ampm?>"),
        (":h:m:s", ":<hh24>:<mm>:<ss><ampm?>"), (":h:m", ":<hh24>:<mm><ampm?>"),
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
            if (inner is "'T'" or "::")
            {
                literal.Append(inner == "::" ? ':' : 'T'); // the ISO 'T' and the ISO time separator
            }
            else if (Fields.Contains(inner) || SeparatorFields.Contains(inner))
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
        if (_duration) return FormatDuration(seconds);
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
                "yyyy" => WeekNumbers.IsoYear(DateOnly.FromDateTime(t)).ToString("0000", CultureInfo.InvariantCulture),
                "yy" => (WeekNumbers.IsoYear(DateOnly.FromDateTime(t)) % 100).ToString("00", CultureInfo.InvariantCulture),
                "Mon" or "Mmm" or "MMM" => JmpDate.MonthAbbreviations[t.Month - 1],
                "Month" => JmpDate.MonthNames[t.Month - 1],
                "DD" => t.Day.ToString("00", CultureInfo.InvariantCulture),
                "D" => t.Day.ToString(CultureInfo.InvariantCulture),
                "DayOfWeek" => JmpDate.DayNames[(int)t.DayOfWeek],
                "Dy" => JmpDate.DayNames[(int)t.DayOfWeek][..3],
                "DW" => ((int)t.DayOfWeek + 1).ToString(CultureInfo.InvariantCulture),
                "dw" => ((int)t.DayOfWeek == 0 ? 7 : (int)t.DayOfWeek).ToString(CultureInfo.InvariantCulture),
                "WW1" => WeekNumbers.Of(DateOnly.FromDateTime(t), 1).ToString("00", CultureInfo.InvariantCulture),
                "WW2" => WeekNumbers.Of(DateOnly.FromDateTime(t), 2).ToString("00", CultureInfo.InvariantCulture),
                "ww" => WeekNumbers.Of(DateOnly.FromDateTime(t), 3).ToString("00", CultureInfo.InvariantCulture),
                "Q#" => "Q" + ((t.Month + 2) / 3).ToString(CultureInfo.InvariantCulture),
                "zhh" => Hour(t).ToString("00", CultureInfo.InvariantCulture),
                "/" or "-" => text,
                "/?" or ":?" or "ampm?" => "",
                "hh24" => t.Hour.ToString("00", CultureInfo.InvariantCulture),
                "hh" => Hour(t).ToString("00", CultureInfo.InvariantCulture),
                "h" => Hour(t).ToString(CultureInfo.InvariantCulture),
                "mm" => t.Minute.ToString("00", CultureInfo.InvariantCulture),
                "ss" => t.Second.ToString("00", CultureInfo.InvariantCulture),
                "AMPM" => t.Hour < 12 ? "AM" : "PM",
                // Decision: <ampm> is the US locale's time marker with the space before it, so that
                // <ss><ampm> writes "11:54:33 AM" as the Scripting Guide's Format Pattern table shows;
                // <AMPM> (locale-independent) is the bare "AM" or "PM".
                "ampm" or "ampm!" => t.Hour < 12 ? " AM" : " PM",
                "Q" => ((t.Month + 2) / 3).ToString(CultureInfo.InvariantCulture),
                _ => "",
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// A duration: the most significant count (<c>&lt;Day&gt;</c>, <c>&lt;Hour&gt;</c> or <c>&lt;Minute&gt;</c>)
    /// takes the whole, the clock fields take what is left (<c>&lt;Day&gt;d &lt;hh24&gt;h</c> of 123 days
    /// and 2 hours writes "123d 02h"). Decision: a negative duration is written with a leading minus.
    /// </summary>
    private string FormatDuration(double seconds)
    {
        if (!double.IsFinite(seconds)) return ".";
        var sign = seconds < 0 ? "-" : "";
        var total = Math.Floor(Math.Abs(seconds));
        var sb = new StringBuilder(sign);
        foreach (var (isField, text) in _parts)
        {
            if (!isField)
            {
                sb.Append(text);
                continue;
            }
            sb.Append(text switch
            {
                "Day" => Whole(total / JmpDate.SecondsPerDay),
                "Hour" => Whole(total / 3600),
                "Minute" => Whole(total / 60),
                "hh24" or "hh" or "zhh" => Math.Floor(total / 3600 % 24).ToString("00", CultureInfo.InvariantCulture),
                "h" => Whole(total / 3600 % 24),
                "mm" => Math.Floor(total / 60 % 60).ToString("00", CultureInfo.InvariantCulture),
                "ss" => (total % 60).ToString("00", CultureInfo.InvariantCulture),
                "/" or "-" => text,
                _ => "",
            });
        }
        return sb.ToString();
    }

    private static string Whole(double x) => Math.Floor(x).ToString("0", CultureInfo.InvariantCulture);

    private int Hour(DateTime t) => !_twelveHour ? t.Hour : t.Hour % 12 == 0 ? 12 : t.Hour % 12;

    /// <summary>Reads <paramref name="text"/> with this pattern; NaN when it does not match.</summary>
    public double Read(string text)
    {
        int year = 1904, month = 1, day = 1, hour = 0, minute = 0, days = 0;
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
                case "YYYY" or "yyyy":
                    if (!ReadInt(text, ref pos, 4, out year)) return double.NaN;
                    break;
                case "YY" or "yy":
                    if (!ReadInt(text, ref pos, 2, out var yy)) return double.NaN;
                    year = Jsl.Syntax.TwoDigitYear.Expand(yy);
                    break;
                case "MM" or "M":
                    if (!ReadInt(text, ref pos, 2, out month)) return double.NaN;
                    break;
                case "DD" or "D":
                    if (!ReadInt(text, ref pos, 2, out day)) return double.NaN;
                    break;
                case "Mon" or "Mmm" or "MMM" or "Month":
                    if (!ReadMonth(text, ref pos, out month)) return double.NaN;
                    break;
                case "DayOfWeek" or "Dy":
                    while (pos < text.Length && char.IsLetter(text[pos])) pos++;
                    break;
                case "DW" or "dw" or "WW1" or "WW2" or "ww":
                    if (!ReadInt(text, ref pos, part.Length == 2 && part != "ww" ? 1 : 2, out _)) return double.NaN;
                    break;
                case "Day" or "Hour" or "Minute":
                    if (!ReadInt(text, ref pos, 9, out var count)) return double.NaN;
                    if (part == "Day") days = count;
                    else if (part == "Hour") hour = count;
                    else minute = count;
                    break;
                case "/" or "-":
                    if (pos >= text.Length || !IsDateSeparator(text[pos])) return double.NaN;
                    pos++;
                    break;
                case "/?":
                    if (pos < text.Length && IsDateSeparator(text[pos])) pos++;
                    break;
                case ":?":
                    if (pos < text.Length && text[pos] == ':') pos++;
                    break;
                case "hh24" or "hh" or "zhh" or "h":
                    if (!ReadInt(text, ref pos, 2, out hour)) return double.NaN;
                    break;
                case "mm":
                    if (!ReadInt(text, ref pos, 2, out minute)) return double.NaN;
                    break;
                case "ss":
                    if (!ReadSeconds(text, ref pos, out second)) return double.NaN;
                    break;
                case "ampm?" or "ampm!":
                    var before = pos;
                    while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                    if (pos + 2 <= text.Length && text.Substring(pos, 2).ToUpperInvariant() is "AM" or "PM")
                    {
                        pm = text.Substring(pos, 2).ToUpperInvariant() == "PM";
                        pos += 2;
                    }
                    else pos = before;
                    break;
                case "AMPM" or "ampm":
                    while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                    if (pos + 2 > text.Length) return double.NaN;
                    var marker = text.Substring(pos, 2).ToUpperInvariant();
                    if (marker is not ("AM" or "PM")) return double.NaN;
                    pm = marker == "PM";
                    pos += 2;
                    break;
                case "Q" or "Q#":
                    if (part == "Q#" && !MatchLiteral(text, ref pos, "Q")) return double.NaN;
                    if (!ReadInt(text, ref pos, 1, out var quarter) || quarter is < 1 or > 4) return double.NaN;
                    month = (quarter - 1) * 3 + 1;
                    break;
            }
        }
        if (pos != text.Length) return double.NaN;
        if (_duration) return days * JmpDate.SecondsPerDay + hour * 3600.0 + minute * 60.0 + second;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) return double.NaN;
        if (pm is not null)
        {
            if (hour is < 1 or > 12) return double.NaN;
            hour = hour % 12 + (pm.Value ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second >= 60) return double.NaN;
        return JmpDate.FromParts(year, month, day) + hour * 3600 + minute * 60 + second;
    }

    /// <summary>The separators a date separator field accepts on input.</summary>
    private static bool IsDateSeparator(char c) => c is '/' or '-' or '.' or ' ';

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
