using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Time;

/// <summary>
/// <c>Date Increment(datetime, interval, &lt;incr = 1&gt;, &lt;alignment = "start"&gt;)</c> and
/// <c>Date Difference(dt1, dt2, interval, &lt;alignment = "start"&gt;)</c> (Scripting Index, Date Time),
/// over the intervals Year, Quarter, Month, Week, Day, Hour, Minute, Second and Numeric.
/// </summary>
/// <remarks>
/// Decision: weeks start on Sunday, as <c>Week Of Year</c> counts them. Adding months to a day the
/// target month lacks gives its last day (31 January + 1 month is 28 or 29 February). "Fractional"
/// uses the Gregorian averages: a year of 365.2425 days, a quarter of a fourth and a month of a
/// twelfth of that.
/// </remarks>
internal static class DateArithmetic
{
    private const string Category = "Date and time";
    private const double AverageYear = 365.2425 * JmpDate.SecondsPerDay;

    private enum Interval { Year, Quarter, Month, Week, Day, Hour, Minute, Second, Numeric }

    private enum Alignment { Start, Actual, Fractional }

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Date Increment", Increment);
        table.Add(Category, "Date Difference", Difference);
    }

    private static Interval IntervalOf(CallContext c, int index)
    {
        var name = c.String(index).Trim();
        foreach (var interval in Enum.GetValues<Interval>())
        {
            var text = interval.ToString();
            if (name.Equals(text, StringComparison.OrdinalIgnoreCase) || name.Equals(text + "s", StringComparison.OrdinalIgnoreCase)) return interval;
        }
        throw c.Error($"{c.Call.HeadText} does not know the interval \"{name}\": use Year, Quarter, Month, Week, Day, Hour, Minute, Second or Numeric");
    }

    private static Alignment AlignmentOf(CallContext c, int index)
    {
        if (index >= c.Count || c.IsEmptyArg(index)) return Alignment.Start;
        var name = c.String(index).Trim();
        return name.ToLowerInvariant() switch
        {
            "start" => Alignment.Start,
            "actual" => Alignment.Actual,
            "fractional" => Alignment.Fractional,
            _ => throw c.Error($"{c.Call.HeadText} does not know the alignment \"{name}\": use \"start\", \"actual\" or \"fractional\""),
        };
    }

    /// <summary>The length of one interval in seconds, for the fixed ones and the fractional averages.</summary>
    private static double Seconds(Interval interval) => interval switch
    {
        Interval.Year => AverageYear,
        Interval.Quarter => AverageYear / 4,
        Interval.Month => AverageYear / 12,
        Interval.Week => 7 * JmpDate.SecondsPerDay,
        Interval.Day => JmpDate.SecondsPerDay,
        Interval.Hour => 3600,
        Interval.Minute => 60,
        _ => 1,
    };

    private static bool IsCalendar(Interval interval) => interval is Interval.Year or Interval.Quarter or Interval.Month;

    private static int MonthsIn(Interval interval) => interval switch
    {
        Interval.Year => 12,
        Interval.Quarter => 3,
        _ => 1,
    };

    /// <summary>The start of the interval holding <paramref name="seconds"/>.</summary>
    private static double Truncate(double seconds, Interval interval)
    {
        var date = JmpDate.DateOf(seconds);
        if (date is null) return double.NaN;
        var d = date.Value;
        return interval switch
        {
            Interval.Year => JmpDate.FromDate(new DateOnly(d.Year, 1, 1)),
            Interval.Quarter => JmpDate.FromDate(new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1)),
            Interval.Month => JmpDate.FromDate(new DateOnly(d.Year, d.Month, 1)),
            Interval.Week => JmpDate.FromDate(d.AddDays(-(int)d.DayOfWeek)),
            Interval.Numeric => seconds,
            _ => Math.Floor(seconds / Seconds(interval)) * Seconds(interval),
        };
    }

    /// <summary><paramref name="seconds"/> moved by whole months, the day clamped to the target month's length.</summary>
    private static double AddMonths(double seconds, double months)
    {
        var date = JmpDate.DateOf(seconds);
        if (date is null || Math.Abs(months) > 120_000) return double.NaN;
        var d = date.Value;
        var index = d.Year * 12 + (d.Month - 1) + (long)months;
        var year = (int)Math.Floor(index / 12.0);
        var month = (int)(index - year * 12L) + 1;
        if (year is < 1 or > 9999) return double.NaN;
        var day = Math.Min(d.Day, DateTime.DaysInMonth(year, month));
        return JmpDate.FromDate(new DateOnly(year, month, day)) + JmpDate.TimeOfDay(seconds);
    }

    private static Value Increment(CallContext c)
    {
        c.RequireCount(2, 4);
        var start = c.Number(0);
        var interval = IntervalOf(c, 1);
        var increment = c.Number(2, 1);
        var alignment = AlignmentOf(c, 3);
        if (double.IsNaN(start) || double.IsNaN(increment)) return NumberValue.Missing;
        if (interval == Interval.Numeric) return NumberValue.Of(start + increment);
        if (alignment == Alignment.Fractional) return NumberValue.Of(start + increment * Seconds(interval));
        var whole = Math.Truncate(increment);
        var from = alignment == Alignment.Start ? Truncate(start, interval) : start;
        var result = IsCalendar(interval) ? AddMonths(from, whole * MonthsIn(interval)) : from + whole * Seconds(interval);
        return NumberValue.Of(result);
    }

    private static Value Difference(CallContext c)
    {
        c.RequireCount(3, 4);
        var first = c.Number(0);
        var second = c.Number(1);
        var interval = IntervalOf(c, 2);
        var alignment = AlignmentOf(c, 3);
        if (double.IsNaN(first) || double.IsNaN(second)) return NumberValue.Missing;
        if (interval == Interval.Numeric) return NumberValue.Of(second - first);
        // A date outside the calendar (years 1 to 9999) has no month or week to count from.
        if (JmpDate.DateOf(first) is null || JmpDate.DateOf(second) is null) return NumberValue.Missing;
        if (alignment == Alignment.Fractional) return NumberValue.Of((second - first) / Seconds(interval));
        if (alignment == Alignment.Start)
        {
            // Interval boundaries crossed: the difference of the intervals each date falls in.
            if (IsCalendar(interval))
            {
                var span = (double)MonthsIn(interval);
                return NumberValue.Of(Math.Floor(MonthIndex(second) / span) - Math.Floor(MonthIndex(first) / span));
            }
            return NumberValue.Of(Math.Round((Truncate(second, interval) - Truncate(first, interval)) / Seconds(interval)));
        }
        // Actual: whole intervals from the first date that fit before the second.
        if (!IsCalendar(interval)) return NumberValue.Of(Math.Truncate((second - first) / Seconds(interval)));
        var step = MonthsIn(interval);
        var sign = second >= first ? 1 : -1;
        var months = (MonthIndex(second) - MonthIndex(first)) / step * step;
        while (months != 0 && (sign > 0 ? AddMonths(first, months) > second : AddMonths(first, months) < second)) months -= sign * step;
        return NumberValue.Of(months / step);
    }

    private static long MonthIndex(double seconds)
    {
        var d = JmpDate.DateOf(seconds)!.Value;
        return d.Year * 12L + d.Month - 1;
    }
}
