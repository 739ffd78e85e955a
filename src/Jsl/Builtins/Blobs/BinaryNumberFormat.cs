using System.Buffers.Binary;

namespace Jsl.Builtins.Blobs;

/// <summary>
/// How <c>Blob To Matrix</c> and <c>Matrix To Blob</c> lay numbers out in bytes: "int", "uint" or
/// "float", 1/2/4/8 bytes each, "big", "little" or "native" byte order.
/// </summary>
internal readonly record struct BinaryNumberFormat(BinaryNumberKind Kind, int Size, bool BigEndian)
{
    /// <summary>Builds a format from the script's arguments; null and a reason when they are invalid.</summary>
    public static BinaryNumberFormat? TryCreate(string type, double bytesEach, string endian, out string? error)
    {
        BinaryNumberKind kind;
        switch (type.Trim().ToLowerInvariant())
        {
            case "int": kind = BinaryNumberKind.Int; break;
            case "uint": kind = BinaryNumberKind.UInt; break;
            case "float": kind = BinaryNumberKind.Float; break;
            default:
                error = $"type must be \"int\", \"uint\" or \"float\", not \"{type}\"";
                return null;
        }
        // Decision: 8-byte integers are accepted both ways (values beyond 2^53 lose precision as
        // doubles); floats are 4 or 8 bytes, there being no 1- or 2-byte float JMP documents.
        var valid = kind == BinaryNumberKind.Float ? bytesEach is 4 or 8 : bytesEach is 1 or 2 or 4 or 8;
        if (!valid)
        {
            error = kind == BinaryNumberKind.Float ? "bytesEach must be 4 or 8 for \"float\"" : "bytesEach must be 1, 2, 4 or 8";
            return null;
        }
        bool bigEndian;
        switch (endian.Trim().ToLowerInvariant())
        {
            case "big": bigEndian = true; break;
            case "little": bigEndian = false; break;
            case "native": bigEndian = !BitConverter.IsLittleEndian; break;
            default:
                error = $"endian must be \"big\", \"little\" or \"native\", not \"{endian}\"";
                return null;
        }
        error = null;
        return new BinaryNumberFormat(kind, (int)bytesEach, bigEndian);
    }

    /// <summary>Reads one number from the start of <paramref name="source"/> (at least <see cref="Size"/> bytes).</summary>
    public double Read(ReadOnlySpan<byte> source)
    {
        Span<byte> ordered = stackalloc byte[8];
        source[..Size].CopyTo(ordered);
        // Work in big-endian order throughout: reverse little-endian input once.
        if (!BigEndian) ordered[..Size].Reverse();
        var bytes = ordered[..Size];
        return (Kind, Size) switch
        {
            (BinaryNumberKind.Int, 1) => (sbyte)bytes[0],
            (BinaryNumberKind.Int, 2) => BinaryPrimitives.ReadInt16BigEndian(bytes),
            (BinaryNumberKind.Int, 4) => BinaryPrimitives.ReadInt32BigEndian(bytes),
            (BinaryNumberKind.Int, _) => BinaryPrimitives.ReadInt64BigEndian(bytes),
            (BinaryNumberKind.UInt, 1) => bytes[0],
            (BinaryNumberKind.UInt, 2) => BinaryPrimitives.ReadUInt16BigEndian(bytes),
            (BinaryNumberKind.UInt, 4) => BinaryPrimitives.ReadUInt32BigEndian(bytes),
            (BinaryNumberKind.UInt, _) => BinaryPrimitives.ReadUInt64BigEndian(bytes),
            (_, 4) => BinaryPrimitives.ReadSingleBigEndian(bytes),
            _ => BinaryPrimitives.ReadDoubleBigEndian(bytes),
        };
    }

    /// <summary>
    /// Writes <paramref name="value"/> into the start of <paramref name="target"/>; false when an
    /// integer format cannot hold it. Decision: integer formats truncate toward zero (a C conversion)
    /// and reject missing values and values outside the type's range rather than wrapping them; a
    /// missing value written as a float is a NaN.
    /// </summary>
    public bool TryWrite(double value, Span<byte> target)
    {
        var bytes = target[..Size];
        if (Kind == BinaryNumberKind.Float)
        {
            if (Size == 4) BinaryPrimitives.WriteSingleBigEndian(bytes, (float)value);
            else BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        }
        else
        {
            if (double.IsNaN(value)) return false;
            var whole = Math.Truncate(value);
            var bits = Size * 8;
            double min = Kind == BinaryNumberKind.Int ? -Math.Pow(2, bits - 1) : 0;
            double limit = Kind == BinaryNumberKind.Int ? Math.Pow(2, bits - 1) : Math.Pow(2, bits);
            if (whole < min || whole >= limit) return false;
            // The low Size bytes of a big-endian 64-bit value are the Size-byte big-endian value.
            Span<byte> wide = stackalloc byte[8];
            if (Kind == BinaryNumberKind.Int) BinaryPrimitives.WriteInt64BigEndian(wide, (long)whole);
            else BinaryPrimitives.WriteUInt64BigEndian(wide, (ulong)whole);
            wide[(8 - Size)..].CopyTo(bytes);
        }
        if (!BigEndian) bytes.Reverse();
        return true;
    }
}
