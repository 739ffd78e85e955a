using System.Globalization;

namespace Jsl.Cli;

/// <summary><c>--timeout SECONDS</c>: how long the whole run may take, fractions allowed (<c>0.5</c>).</summary>
internal static class TimeoutOption
{
    /// <summary>The longest timeout accepted: a timer's limit (about 49 days), far beyond any use.</summary>
    private const double MaxSeconds = 4_294_967.0;

    /// <summary>The duration given, or null when none was; the usage message in <paramref name="error"/> when the text is not a number of seconds above 0.</summary>
    public static TimeSpan? Parse(string? text, out string? error)
    {
        error = null;
        if (text is null) return null;
        if (!double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || seconds > MaxSeconds)
        {
            error = $"--timeout {text}: SECONDS must be a number above 0 (fractions allowed), at most {MaxSeconds.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>How the stop line names the duration: as the user wrote it, without trailing zeros (<c>2</c>, <c>0.5</c>).</summary>
    public static string Describe(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
