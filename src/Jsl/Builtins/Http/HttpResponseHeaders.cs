using System.Globalization;
using Jsl.Builtins.Time;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Http;

/// <summary>
/// The response headers as <c>Get Response Headers</c> returns them: an associative array of names to
/// values, where, as the Index says, Date, Expires and Last-Modified become JMP dates, Age and
/// Content-Length numbers, and every other value a string.
/// </summary>
internal static class HttpResponseHeaders
{
    private static readonly HashSet<string> Dates = new(StringComparer.OrdinalIgnoreCase) { "Date", "Expires", "Last-Modified" };
    private static readonly HashSet<string> Numbers = new(StringComparer.OrdinalIgnoreCase) { "Age", "Content-Length" };

    /// <summary>The headers of <paramref name="outcome"/>, optionally only those named <paramref name="only"/>.</summary>
    public static AssociativeArrayValue Of(HttpOutcome outcome, string? only = null)
    {
        var array = new AssociativeArrayValue();
        foreach (var (name, value) in outcome.Headers)
        {
            if (only is not null && !name.Equals(only, StringComparison.OrdinalIgnoreCase)) continue;
            array.Entries[new StringValue(name)] = Convert(name, value);
        }
        return array;
    }

    /// <summary>
    /// Decision: a date is shown in local time, as <c>Today()</c> is; a value that does not parse
    /// stays a string.
    /// </summary>
    private static Value Convert(string name, string value)
    {
        if (Dates.Contains(name) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            var local = moment.ToLocalTime().DateTime;
            return NumberValue.Date(JmpDate.FromDate(DateOnly.FromDateTime(local)) + Math.Floor(local.TimeOfDay.TotalSeconds));
        }
        if (Numbers.Contains(name) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return NumberValue.Of(number);
        return new StringValue(value);
    }
}
