using System.Text;

namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL string (immutable). A long string built by repeated concatenation (<c>s ||= piece</c>)
/// shares one growing buffer with the strings it was built from: each holds its own length, only
/// the newest may append, and the text is made once, when first read. Building a string piece by
/// piece then costs time in proportion to its length, not to the square of it.
/// </summary>
internal sealed class StringValue : Value
{
    /// <summary>Below this total length, concatenation simply copies.</summary>
    private const int SharedBufferThreshold = 256;

    private string? _value;
    private readonly StringBuilder? _buffer;
    private readonly int _length;

    /// <summary>Creates a string value.</summary>
    public StringValue(string value) => _value = value;

    private StringValue(StringBuilder buffer)
    {
        _buffer = buffer;
        _length = buffer.Length;
    }

    /// <summary>The empty string.</summary>
    public static readonly StringValue EmptyString = new("");

    /// <summary>The characters.</summary>
    public string Value => _value ??= _buffer!.ToString(0, _length);

    /// <summary>The number of UTF-16 characters, without making the text.</summary>
    public int Length => _value?.Length ?? _length;

    /// <inheritdoc/>
    public override string TypeName => "String";

    /// <summary><paramref name="left"/> followed by <paramref name="right"/>, appending in place when <paramref name="left"/> is the newest string of a shared buffer.</summary>
    public static StringValue Concat(StringValue left, StringValue right)
    {
        var buffer = left._buffer;
        if (buffer is not null && buffer.Length == left._length)
        {
            buffer.Append(right.Value);
            return new StringValue(buffer);
        }
        var total = left.Length + right.Length;
        if (total < SharedBufferThreshold) return new StringValue(string.Concat(left.Value, right.Value));
        var fresh = new StringBuilder((int)Math.Min(total * 2L, int.MaxValue));
        fresh.Append(left.Value).Append(right.Value);
        return new StringValue(fresh);
    }
}
