using Jsl.Builtins.Time;
using Xunit;

namespace Jsl.Tests.Builtins.Time;

public sealed class DatePatternTests
{
    // 15 July 2000, 13:45:30.
    private const double Sample = 3046464000 + 13 * 3600 + 45 * 60 + 30;

    [Theory]
    [InlineData("m/d/y", "07/15/2000")]
    [InlineData("d/m/y h:m", "15/07/2000 13:45")]
    [InlineData("ddMonyyyy", "15Jul2000")]
    [InlineData("ddMonyyyy:h:m:s", "15Jul2000:13:45:30")]
    [InlineData("Monddyyyy h:m:s", "Jul152000 13:45:30")]
    [InlineData("yyyy-mm-ddThh:mm:ss", "2000-07-15T13:45:30")]
    [InlineData("YYYY-MM-DD", "2000-07-15")]
    [InlineData("mmddyy", "071500")]
    [InlineData("yyyyQq", "2000Q3")]
    public void Named_formats_write_the_date(string name, string expected) =>
        Assert.Equal(expected, DatePattern.ForName(name)!.Format(Sample));

    [Theory]
    [InlineData("Best")]
    [InlineData("m/d/y/q")]
    [InlineData("h:m:s h:m")]
    public void Other_names_are_not_date_formats(string name) => Assert.Null(DatePattern.ForName(name));

    [Theory]
    [InlineData("m/d/y", "7/4/2000", 2000, 7, 4, 0)]
    [InlineData("ddMonyyyy h:m:s", "04jul2000 1:02:03", 2000, 7, 4, 3723)]
    [InlineData("ddMonyyyy", "4July2000", 2000, 7, 4, 0)]
    [InlineData("mmddyy", "070429", 2029, 7, 4, 0)]
    [InlineData("mmddyy", "070450", 1950, 7, 4, 0)]
    public void Named_formats_read_dates(string name, string text, int year, int month, int day, double seconds) =>
        Assert.Equal(JmpDate.FromParts(year, month, day) + seconds, DatePattern.ForName(name)!.Read(text));

    [Theory]
    [InlineData("m/d/y", "13/01/2000")]
    [InlineData("m/d/y", "02/30/2000")]
    [InlineData("m/d/y", "01/01/2000x")]
    [InlineData("h:m:s", "24:00:00")]
    [InlineData("ddMonyyyy", "15Foo2000")]
    public void Impossible_dates_read_as_missing(string name, string text) =>
        Assert.True(double.IsNaN(DatePattern.ForName(name)!.Read(text)));

    [Fact]
    public void Twelve_hour_patterns_round_trip()
    {
        var pattern = DatePattern.TryParse("<MM>/<DD>/<YYYY> <h>:<mm> <AMPM>", out _)!;
        Assert.Equal("07/15/2000 1:45 PM", pattern.Format(Sample));
        Assert.Equal(Sample - 30, pattern.Read("07/15/2000 1:45 PM"));
        Assert.Equal(JmpDate.FromParts(2000, 7, 15) + 5 * 60, pattern.Read("07/15/2000 12:05 AM"));
    }

    [Fact]
    public void Unknown_pattern_fields_are_reported()
    {
        Assert.Null(DatePattern.TryParse("<YYYY><Week>", out var error));
        Assert.Contains("<Week>", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_out_of_range_values_format_as_a_period()
    {
        Assert.Equal(".", DatePattern.ForName("m/d/y")!.Format(double.NaN));
        Assert.Equal(".", DatePattern.ForName("m/d/y")!.Format(1e15));
    }

    [Fact]
    public void Parts_roll_over_and_dates_before_1904_are_negative()
    {
        Assert.Equal(JmpDate.FromParts(2000, 2, 1), JmpDate.FromParts(2000, 1, 32));
        Assert.Equal(JmpDate.FromParts(2000, 1, 1), JmpDate.FromParts(1999, 13, 1));
        Assert.Equal(-86400, JmpDate.FromParts(1903, 12, 31));
        Assert.Equal(new DateOnly(1903, 12, 31), JmpDate.DateOf(-1));
        Assert.Equal(86399, JmpDate.TimeOfDay(-1));
    }
}
