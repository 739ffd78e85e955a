using System.Diagnostics;
using System.Globalization;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Time;

/// <summary>
/// Registers the Time built-ins: clocks (<c>Today</c>, <c>Tick Seconds</c>, <c>HP Time</c>), building
/// and splitting date-time values (seconds since 1 January 1904), unit conversions, and
/// <c>Format</c> / <c>Informat</c>.
/// </summary>
internal static class TimeBuiltins
{
    private const string Category = "Date and time";

    private static readonly long SessionStart = Stopwatch.GetTimestamp();

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        ScheduleBuiltins.Register(table);
        table.Add(Category, "Today", static c => NoArgs(c, JmpDate.Now()));
        // Decision: Tick Seconds and HP Time share one monotonic clock started when the library
        // loads ("the session"); Tick Seconds is in seconds with full resolution, HP Time in whole
        // microseconds.
        table.Add(Category, "Tick Seconds", static c => NoArgs(c, Stopwatch.GetElapsedTime(SessionStart).TotalSeconds));
        table.Add(Category, "HP Time", static c => NoArgs(c, Math.Floor(Stopwatch.GetElapsedTime(SessionStart).Ticks / (TimeSpan.TicksPerMillisecond / 1000.0))));

        // As Date tags the number so that the log shows it as a date (15Jul2000); arithmetic on it
        // gives plain numbers again.
        table.Add(Category, "As Date", static c =>
        {
            return NumberValue.Date(c.Number(0));
        });

        table.Add(Category, "Date DMY", static c => Build(c, dayIndex: 0, monthIndex: 1));
        table.Add(Category, "Date MDY", static c => Build(c, dayIndex: 1, monthIndex: 0));

        AddPart(table, "Year", static (d, _) => d.Year);
        AddPart(table, "Month", static (d, _) => d.Month);
        AddPart(table, "Day", static (d, _) => d.Day);
        AddPart(table, "Day Of Week", static (d, _) => (int)d.DayOfWeek + 1);
        AddPart(table, "Day Of Year", static (d, _) => d.DayOfYear);
        AddPart(table, "Quarter", static (d, _) => (d.Month + 2) / 3);
        AddPart(table, "Minute", static (_, t) => Math.Floor(t / 60) % 60);
        AddPart(table, "Second", static (_, t) => t - Math.Floor(t / 60) * 60);
        AddPart(table, "Time Of Day", static (_, t) => t);
        table.Add(Category, "Hour", static c =>
        {
            var x = c.Number(0);
            var mode = c.Number(1, 24);
            if (double.IsNaN(x)) return NumberValue.Missing;
            var hour = Math.Floor(JmpDate.TimeOfDay(x) / 3600);
            if (mode == 12) hour = hour % 12 == 0 ? 12 : hour % 12;
            else if (mode != 24) throw c.Error("argument value is invalid: the hour mode must be 12 or 24");
            return NumberValue.Of(hour);
        });
        table.Add(Category, "Week Of Year", WeekOfYear);
        table.Add(Category, "Days In Month", static c =>
        {
            var year = c.Number(0);
            var month = c.Number(1);
            if (double.IsNaN(year) || double.IsNaN(month)) return NumberValue.Missing;
            if (year is < 1 or > 9999 || month is < 1 or > 12) throw c.Error("argument value is invalid");
            return NumberValue.Of(DateTime.DaysInMonth((int)year, (int)month));
        });
        table.Add(Category, "Is Leap Year", static c =>
        {
            var year = c.Number(0);
            if (double.IsNaN(year)) return NumberValue.Missing;
            if (year is < 1 or > 9999) throw c.Error("argument value is invalid");
            return NumberValue.Of(DateTime.IsLeapYear((int)year));
        });

        AddUnit(table, "In Minutes", 60);
        AddUnit(table, "In Hours", 3600);
        AddUnit(table, "In Days", JmpDate.SecondsPerDay);
        AddUnit(table, "In Weeks", 7 * JmpDate.SecondsPerDay);
        // Decision: a year is 365.25 days (the average Julian year).
        AddUnit(table, "In Years", 365.25 * JmpDate.SecondsPerDay);

        table.Add(Category, "Short Date", static c => DateText(c, "<MM>/<DD>/<YYYY>"));
        table.Add(Category, "Long Date", static c => DateText(c, "<DayOfWeek>, <Month> <D>, <YYYY>"));
        // The JSL Syntax Reference (Date and Time Functions) shows Abbrev Date( 29Feb2004 ) as "02/29/2004":
        // JMP's "abbreviated" date is the numeric month/day/year, not "Feb 29, 2004".
        table.Add(Category, "Abbrev Date", static c => DateText(c, "<MM>/<DD>/<YYYY>"));
        table.Add(Category, "MDYHMS", static c => DateText(c, "<MM>/<DD>/<YYYY> <hh24>:<mm>:<ss>"));

        table.Add(Category, "Format", DateFormatting.Format);
        table.Add(Category, "Format Date", DateFormatting.Format);
        table.Add(Category, "Informat", DateFormatting.Informat);
        table.Add(Category, "Parse Date", DateFormatting.Informat);
    }

    private static Value NoArgs(CallContext c, double value)
    {
        c.RequireCount(0, 0);
        return NumberValue.Of(value);
    }

    private static Value Build(CallContext c, int dayIndex, int monthIndex)
    {
        c.RequireCount(3, 3);
        var day = c.Number(dayIndex);
        var month = c.Number(monthIndex);
        var year = c.Number(2);
        return NumberValue.Of(JmpDate.FromParts(year, month, day));
    }

    private static void AddPart(BuiltinTable table, string name, Func<DateOnly, double, double> part)
    {
        table.Add(Category, name, c =>
        {
            c.RequireCount(1, 1);
            var x = c.Number(0);
            var date = JmpDate.DateOf(x);
            return date is null ? NumberValue.Missing : NumberValue.Of(part(date.Value, JmpDate.TimeOfDay(x)));
        });
    }

    private static void AddUnit(BuiltinTable table, string name, double seconds)
    {
        table.Add(Category, name, c =>
        {
            c.RequireCount(0, 1);
            return NumberValue.Of(c.Number(0, 1) * seconds);
        });
    }

    private static Value WeekOfYear(CallContext c)
    {
        var x = c.Number(0);
        var rule = c.Number(1, 1);
        if (rule is not (1 or 2 or 3)) throw c.Error("argument value is invalid: the rule must be 1, 2 or 3");
        var date = JmpDate.DateOf(x);
        if (date is null) return NumberValue.Missing;
        return NumberValue.Of(WeekNumbers.Of(date.Value, (int)rule));
    }

    private static Value DateText(CallContext c, string pattern)
    {
        c.RequireCount(1, 2);
        var x = c.Number(0);
        var layout = DatePattern.TryParse(pattern, out _)!;
        return new StringValue(layout.Format(x));
    }
}
