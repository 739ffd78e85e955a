using System.Globalization;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Time;

/// <summary><c>Format( x, format, ... )</c> and <c>Informat( s, format, ... )</c>.</summary>
internal static class DateFormatting
{
    private static readonly string[] BestDateFormats =
        ["yyyy-mm-ddThh:mm:ss", "yyyy-mm-ddThh:mm", "yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd hh:mm", "yyyy-mm-dd",
         "ddMonyyyy:h:m:s", "ddMonyyyy h:m:s", "ddMonyyyy:h:m", "ddMonyyyy h:m", "ddMonyyyy",
         "m/d/y h:m:s", "m/d/y h:m", "m/d/y"];

    /// <summary>
    /// The text JMP's log shows for a date value: <c>15Jul2000</c> at midnight, otherwise
    /// <c>15Jul2000:13:45:30</c> (output.md §2.7).
    /// </summary>
    public static string DefaultText(double seconds) => DateText.Format(seconds);

    /// <summary><c>Format( x, &lt;format&gt;, &lt;width|decimals...&gt; )</c> or <c>Format( x, "Format Pattern", pattern )</c>.</summary>
    public static Value Format(CallContext c)
    {
        c.RequireCount(1);
        var x = c.Eval(0) switch
        {
            NumberValue n => n.Value,
            _ => throw c.Error("Cannot convert argument to a number [or matrix]"),
        };
        if (c.Count == 1) return new StringValue(NumberFormatter.Format(x));
        // Decision: Format( x, width, <decimals>, <"Use thousands separator"> ) without a format name
        // (the JSL Syntax Reference's first form) is "Best" for a width alone and "Fixed Dec" with decimals.
        var second = c.Eval(1);
        var unnamed = second is NumberValue;
        var name = second switch
        {
            StringValue formatName => formatName.Value,
            NumberValue => "",
            _ => throw c.Error("argument must be a string"),
        };
        var firstOption = unnamed ? 1 : 2;
        if (IsFormatPattern(name))
        {
            c.RequireCount(3);
            return new StringValue(PatternArgument(c, 2).Format(x));
        }
        var date = DatePattern.ForName(name);
        if (date is not null) return new StringValue(date.Format(x));

        int? width = null, decimals = null;
        string? currency = null;
        bool fullPrecision = false, thousands = false;
        for (var i = firstOption; i < c.Count; i++)
        {
            if (c.IsOptionArg(i)) continue;
            switch (i == 1 ? second : c.Eval(i))
            {
                case NumberValue n when !n.IsMissing:
                    if (decimals is null) decimals = (int)n.Value;
                    else
                    {
                        width = decimals;
                        decimals = (int)n.Value;
                    }
                    break;
                case StringValue s when s.Value.Replace(" ", "", StringComparison.Ordinal).Equals("FullPrecision", StringComparison.OrdinalIgnoreCase):
                    fullPrecision = true;
                    break;
                case StringValue s when s.Value.Replace(" ", "", StringComparison.Ordinal).Equals("UseThousandsSeparator", StringComparison.OrdinalIgnoreCase):
                    thousands = true;
                    break;
                case StringValue s:
                    currency = s.Value;
                    break;
                default:
                    throw c.Error("argument value is invalid");
            }
        }
        // Decision: one number after the format is the number of decimals; two are width and
        // decimals (the width only limits JMP's display, so it is not applied).
        _ = width;
        if (unnamed)
        {
            name = width is null ? "Best" : "Fixed Dec";
            if (width is null) (width, decimals) = (decimals, null);
        }
        var text = NumberFormats.Format(x, name, decimals, currency, new NumberFormats.Options(fullPrecision, thousands));
        return text is null ? throw c.Error($"Unknown format \"{name}\"") : new StringValue(text);
    }

    /// <summary><c>Informat( s, &lt;format="Best"&gt;, ... )</c>: the number or date-time the text shows; missing when it does not match.</summary>
    public static Value Informat(CallContext c)
    {
        c.RequireCount(1);
        var text = c.String(0).Trim();
        var name = c.Count > 1 && !c.IsOptionArg(1) ? c.String(1) : "Best";
        if (IsFormatPattern(name))
        {
            c.RequireCount(3);
            return ReadDate(PatternArgument(c, 2), text);
        }
        var date = DatePattern.ForName(name);
        if (date is not null) return ReadDate(date, text);
        var key = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return key switch
        {
            "best" => NumberValue.Of(ReadBest(text, restrict: c.Flag("Restrict") is not null)),
            "fixeddec" or "scientific" => NumberValue.Of(ReadNumber(text)),
            "percent" => NumberValue.Of(ReadNumber(text.TrimEnd().TrimEnd('%')) / 100),
            "currency" => NumberValue.Of(ReadCurrency(text)),
            _ => throw c.Error($"Unknown format \"{name}\""),
        };
    }

    /// <summary>
    /// What a date format reads: a value marked as a date when the format holds a year, as the
    /// Scripting Guide's log shows Informat's result (<c>19May2011:11:37:52</c>, <c>16Jun2016</c>);
    /// a time of day or a duration stays a plain number.
    /// </summary>
    private static NumberValue ReadDate(DatePattern pattern, string text)
    {
        var seconds = pattern.Read(text);
        return pattern.HasYear ? NumberValue.Date(seconds) : NumberValue.Of(seconds);
    }

    private static bool IsFormatPattern(string name) =>
        name.Replace(" ", "", StringComparison.Ordinal).Equals("FormatPattern", StringComparison.OrdinalIgnoreCase);

    private static DatePattern PatternArgument(CallContext c, int index)
    {
        var pattern = DatePattern.TryParse(c.String(index), out var error);
        return pattern ?? throw c.Error(error);
    }

    private static double ReadBest(string text, bool restrict)
    {
        var number = ReadNumber(text);
        if (!double.IsNaN(number) || restrict) return number;
        foreach (var name in BestDateFormats)
        {
            var value = DatePattern.ForName(name)!.Read(text);
            if (!double.IsNaN(value)) return value;
        }
        return double.NaN;
    }

    private static double ReadNumber(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static double ReadCurrency(string text)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-') || (t.StartsWith('(') && t.EndsWith(')'));
        var digits = new string(t.Where(static ch => char.IsAsciiDigit(ch) || ch == '.').ToArray());
        var value = ReadNumber(digits);
        return negative ? -value : value;
    }
}
