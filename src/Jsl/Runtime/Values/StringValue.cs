using System.Text;

namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL string (immutable). A string built by repeated concatenation (<c>s ||= piece</c>) shares
/// one growing buffer with the strings it was built from: each holds its own length, only the
/// newest may append, and the text is made once, when first read. Building a string piece by piece
/// then costs time in proportion to its length, not to the square of it.
/// </summary>
internal sealed class StringValue : Value
{
    /// <summary>
    /// Below this total length, concatenation simply copies. Above it a shared buffer pays already
    /// for a few dozen short pieces (a line built field by field), each join then appending a few
    /// characters instead of copying all of them.
    /// </summary>
    private const int SharedBufferThreshold = 64;

    /// <summary>
    /// The text, or a <see cref="BufferSlice"/> until first read. One field keeps every string
    /// value at the smallest object size: most strings are short and made by the hundred thousand.
    /// </summary>
    private object _text;

    /// <summary>Creates a string value.</summary>
    public StringValue(string value) => _text = value;

    private StringValue(BufferSlice slice) => _text = slice;

    /// <summary>The empty string.</summary>
    public static readonly StringValue EmptyString = new("");

    /// <summary>The characters.</summary>
    public string Value => _text as string ?? Materialize();

    /// <summary>The number of UTF-16 characters, without making the text.</summary>
    public int Length => _text is string text ? text.Length : ((BufferSlice)_text).Length;

    /// <inheritdoc/>
    public override string TypeName => "String";

    private string Materialize()
    {
        var slice = (BufferSlice)_text;
        var text = slice.Buffer.ToString(0, slice.Length);
        _text = text;
        return text;
    }

    /// <summary><paramref name="left"/> followed by <paramref name="right"/>, appending in place when <paramref name="left"/> is the newest string of a shared buffer.</summary>
    public static StringValue Concat(StringValue left, StringValue right)
    {
        if (left._text is BufferSlice slice && slice.Buffer.Length == slice.Length)
        {
            AppendTo(slice.Buffer, right);
            return new StringValue(new BufferSlice(slice.Buffer));
        }
        var total = left.Length + right.Length;
        if (total < SharedBufferThreshold) return new StringValue(string.Concat(left.Value, right.Value));
        var fresh = new StringBuilder((int)Math.Min(total * 2L, int.MaxValue));
        fresh.Append(left.Value);
        AppendTo(fresh, right);
        return new StringValue(new BufferSlice(fresh));
    }

    /// <summary>
    /// <paramref name="left"/>, <paramref name="middle"/> and <paramref name="right"/> joined in one
    /// step (<c>s ||= piece || ","</c>), as <see cref="Concat(StringValue, StringValue)"/> twice would
    /// give but without the middle string that joining the last two first makes.
    /// </summary>
    public static StringValue Concat(StringValue left, StringValue middle, StringValue right)
    {
        if (left._text is BufferSlice slice && slice.Buffer.Length == slice.Length)
        {
            AppendTo(slice.Buffer, middle);
            AppendTo(slice.Buffer, right);
            return new StringValue(new BufferSlice(slice.Buffer));
        }
        var total = (long)left.Length + middle.Length + right.Length;
        if (total < SharedBufferThreshold) return new StringValue(string.Concat(left.Value, middle.Value, right.Value));
        var fresh = new StringBuilder((int)Math.Min(total * 2, int.MaxValue));
        fresh.Append(left.Value);
        AppendTo(fresh, middle);
        AppendTo(fresh, right);
        return new StringValue(new BufferSlice(fresh));
    }

    /// <summary>
    /// The text of <c>left || right</c> when <see cref="Concat(StringValue, StringValue)"/> would make
    /// it as a plain string (short, and <paramref name="left"/> not the newest of a shared buffer),
    /// else null: the caller then joins them as values.
    /// </summary>
    public static string? JoinedText(StringValue left, StringValue right)
    {
        if (left._text is not string first || (long)first.Length + right.Length >= SharedBufferThreshold) return null;
        return string.Concat(first, right.Value);
    }

    /// <summary>
    /// The text of <c>left || Char( number )</c> when <paramref name="value"/> (a number, not a date)
    /// is a whole number that <c>Char</c> writes as plain digits and the join is one that
    /// <see cref="JoinedText(StringValue, StringValue)"/> makes as a plain string; the digits are
    /// written into the joined text directly. Else null.
    /// </summary>
    public static string? JoinedText(StringValue left, double value)
    {
        if (left._text is not string first) return null;
        // The range where Char writes a whole number as its digits (NumberFormatter.Format); -0 is 0.
        if (!(Math.Abs(value) < 1e15) || value != Math.Floor(value)) return null;
        var whole = (long)value;
        var digits = DigitCount(whole);
        if (first.Length + digits >= SharedBufferThreshold) return null;
        return string.Create(first.Length + digits, (first, whole), static (span, state) =>
        {
            state.first.CopyTo(span);
            WriteDigits(span[state.first.Length..], state.whole);
        });
    }

    /// <summary>How many characters <paramref name="whole"/> (below 10^15 in size) is written with, its sign included.</summary>
    private static int DigitCount(long whole)
    {
        var count = whole < 0 ? 2 : 1;
        var size = (ulong)Math.Abs(whole);
        // Powers of ten multiplied up, not the number divided down: a multiplication is cheaper.
        for (var power = 10UL; power <= size; power *= 10) count++;
        return count;
    }

    /// <summary>
    /// Writes <paramref name="whole"/> (below 10^15 in size) as the invariant culture writes it,
    /// filling <paramref name="span"/>, which is <see cref="DigitCount"/> long: digits from the
    /// last, without a culture's lookups (a key built in a loop writes one per iteration).
    /// </summary>
    private static void WriteDigits(Span<char> span, long whole)
    {
        var rest = (ulong)Math.Abs(whole);
        var at = span.Length;
        // Two digits per division of the whole number: the quotient's multiplication is the dear part.
        while (rest >= 100)
        {
            var quotient = rest / 100;
            WritePair(span, ref at, (int)(rest - quotient * 100));
            rest = quotient;
        }
        if (rest >= 10) WritePair(span, ref at, (int)rest);
        else span[--at] = (char)('0' + (int)rest);
        if (whole < 0) span[0] = '-';
    }

    private static void WritePair(Span<char> span, ref int at, int pair)
    {
        span[--at] = (char)('0' + pair % 10);
        span[--at] = (char)('0' + pair / 10);
    }

    /// <summary>Appends the text of <paramref name="value"/>; a buffer's own prefix is copied from the buffer, without making it a string.</summary>
    private static void AppendTo(StringBuilder buffer, StringValue value)
    {
        if (value._text is string text) buffer.Append(text);
        else if (value._text is BufferSlice other && !ReferenceEquals(other.Buffer, buffer)) buffer.Append(other.Buffer, 0, other.Length);
        else buffer.Append(value.Value);
    }

    /// <summary>The first <see cref="Length"/> characters of a buffer shared by the strings built on one another.</summary>
    private sealed class BufferSlice(StringBuilder buffer)
    {
        public StringBuilder Buffer { get; } = buffer;

        public int Length { get; } = buffer.Length;
    }
}
