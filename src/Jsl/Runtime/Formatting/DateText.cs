using System.Globalization;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// How the log shows a date value (output.md §2.7): <c>15Jul2000</c> at midnight, otherwise
/// <c>15Jul2000:13:45:30</c>. Dates are seconds since 1 Jan 1904.
/// </summary>
internal static class DateText
{
    private static readonly DateTime Epoch = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The log's text for a date value.</summary>
    public static string Format(double seconds)
    {
        if (double.IsNaN(seconds)) return ".";
        if (seconds is < -1e11 or > 1e12) return NumberFormatter.Format(seconds);
        var whole = Math.Floor(seconds);
        var moment = Epoch.AddSeconds(whole);
        var date = string.Create(CultureInfo.InvariantCulture, $"{moment.Day:00}{Months[moment.Month - 1]}{moment.Year:0000}");
        return moment.TimeOfDay == TimeSpan.Zero
            ? date
            : string.Create(CultureInfo.InvariantCulture, $"{date}:{moment.Hour:00}:{moment.Minute:00}:{moment.Second:00}");
    }
}
