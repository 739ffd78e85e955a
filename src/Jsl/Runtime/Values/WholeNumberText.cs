namespace Jsl.Runtime.Values;

/// <summary>
/// The text of small whole numbers as shared string values, made on first use: <c>Char( i )</c>
/// building keys or lines in a loop (<c>"k" || Char( i )</c>) is among the commonest calls in JSL,
/// and formatting and allocating the same few thousand texts over and over showed in its profile.
/// Strings are immutable, so one value can stand for every <c>Char</c> of the same number.
/// </summary>
internal static class WholeNumberText
{
    /// <summary>The numbers shared: as many as <see cref="NumberValue"/> shares, from 0 (negative numbers are rarer as text).</summary>
    private const int Limit = 16384;

    private static readonly StringValue?[] Texts = new StringValue?[Limit];

    /// <summary>The text of <paramref name="number"/> (not a date) when it is a whole number in 0 to 16383, else null.</summary>
    public static StringValue? For(NumberValue number)
    {
        var value = number.Value;
        if (!(value >= 0 && value < Limit) || number.IsDate) return null;
        var whole = (int)value;
        if (whole != value) return null;
        // -0 prints as 0, so it shares 0's text.
        return Texts[whole] ??= new StringValue(Formatting.NumberFormatter.Format(whole));
    }
}
