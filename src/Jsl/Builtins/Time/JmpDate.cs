namespace Jsl.Builtins.Time;

/// <summary>
/// JMP date-time values: seconds since midnight, 1 January 1904, with no time zone (a wall-clock
/// reading). Splits them into calendar parts and builds them back; NaN (missing) in, NaN out.
/// </summary>
internal static class JmpDate
{
    /// <summary>Seconds in a day.</summary>
    public const double SecondsPerDay = 86400;

    private static readonly int EpochDayNumber = new DateOnly(1904, 1, 1).DayNumber;
    private static readonly int MinDayOffset = DateOnly.MinValue.DayNumber - EpochDayNumber;
    private static readonly int MaxDayOffset = DateOnly.MaxValue.DayNumber - EpochDayNumber;

    /// <summary>Month abbreviations as JMP writes them (<c>15Jul2000</c>).</summary>
    public static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Full month names.</summary>
    public static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Weekday names, Sunday first.</summary>
    public static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>The calendar date of <paramref name="seconds"/>, or null when missing or outside years 1-9999.</summary>
    public static DateOnly? DateOf(double seconds)
    {
        if (!double.IsFinite(seconds)) return null;
        var days = Math.Floor(seconds / SecondsPerDay);
        if (days < MinDayOffset || days > MaxDayOffset) return null;
        return DateOnly.FromDayNumber(EpochDayNumber + (int)days);
    }

    /// <summary>Seconds since midnight of the value's day, fraction kept.</summary>
    public static double TimeOfDay(double seconds) => seconds - Math.Floor(seconds / SecondsPerDay) * SecondsPerDay;

    /// <summary>Seconds at midnight of the given calendar date.</summary>
    public static double FromDate(DateOnly date) => (date.DayNumber - EpochDayNumber) * SecondsPerDay;

    /// <summary>
    /// Seconds for day <paramref name="day"/> of month <paramref name="month"/> of <paramref name="year"/>.
    /// Decision: months outside 1-12 roll into neighbouring years and days beyond the month roll
    /// forward (Date DMY(32, 1, 2000) is 1 Feb 2000), as spreadsheet date functions do; a fractional
    /// day adds its fraction of a day. Missing when a part is missing or the year leaves 1-9999.
    /// </summary>
    public static double FromParts(double year, double month, double day)
    {
        if (double.IsNaN(year) || double.IsNaN(month) || double.IsNaN(day)) return double.NaN;
        var m = Math.Floor(month) - 1;
        var y = Math.Floor(year) + Math.Floor(m / 12);
        m -= Math.Floor(m / 12) * 12;
        if (y < 1 || y > 9999) return double.NaN;
        var first = new DateOnly((int)y, (int)m + 1, 1);
        return FromDate(first) + (day - 1) * SecondsPerDay;
    }

    /// <summary>The current local wall-clock time, whole seconds.</summary>
    public static double Now()
    {
        var now = DateTime.Now;
        var date = DateOnly.FromDateTime(now);
        return FromDate(date) + Math.Floor(now.TimeOfDay.TotalSeconds);
    }

    /// <summary>A .NET date-time for the value (fractional seconds kept to the tick), or null when out of range.</summary>
    public static DateTime? ToDateTime(double seconds)
    {
        var date = DateOf(seconds);
        if (date is null) return null;
        var time = TimeOfDay(seconds);
        return date.Value.ToDateTime(TimeOnly.MinValue).AddTicks((long)Math.Round(time * TimeSpan.TicksPerSecond));
    }

    /// <summary>The value for a .NET date-time (its wall-clock reading).</summary>
    public static double FromDateTime(DateTime value) =>
        FromDate(DateOnly.FromDateTime(value)) + value.TimeOfDay.Ticks / (double)TimeSpan.TicksPerSecond;
}
