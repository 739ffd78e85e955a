using System.Globalization;

namespace Jsl.Builtins.Time;

/// <summary>
/// The three week numberings of <c>Week Of Year</c> (and of the <c>&lt;WW1&gt;</c>, <c>&lt;WW2&gt;</c>,
/// <c>&lt;ww&gt;</c> pattern fields): rule 1, weeks from Sunday with the first Sunday starting week 2;
/// rule 2, the first Sunday starting week 1; rule 3, ISO weeks (Monday first, week 1 holds 4 days).
/// </summary>
internal static class WeekNumbers
{
    /// <summary>The week number of <paramref name="date"/> under <paramref name="rule"/> (1, 2 or 3).</summary>
    public static int Of(DateOnly date, int rule)
    {
        if (rule == 3) return ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
        var jan1 = (int)new DateOnly(date.Year, 1, 1).DayOfWeek;
        var firstSunday = 1 + (7 - jan1) % 7;
        var first = rule == 1 ? 2 : 1;
        return date.DayOfYear < firstSunday ? first - 1 : first + (date.DayOfYear - firstSunday) / 7;
    }

    /// <summary>The ISO year that ISO week numbering puts <paramref name="date"/> in.</summary>
    public static int IsoYear(DateOnly date) => ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));
}
