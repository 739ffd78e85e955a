using System.IO.Compression;
using System.Security.Cryptography;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Blobs;

/// <summary>
/// Blobs (language.md §3.2): text encodings, hex and base64 forms, slicing, binary numbers, MD5 and
/// gzip. <c>||</c>, <c>Length</c> and <c>Hex</c> of blobs live with the core and string built-ins.
/// </summary>
internal static class BlobBuiltins
{
    private const string Category = "Blobs";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Char To Blob", CharToBlob);
        table.Add(Category, "Blob To Char", BlobToChar);
        table.Add(Category, "Blob Peek", BlobPeek);
        table.Add(Category, "Hex To Blob", HexToBlob);
        table.Add(Category, "Blob To Matrix", BlobToMatrix);
        table.Add(Category, "Matrix To Blob", MatrixToBlob);
        table.Add(Category, "Encode64 Blob", Encode64Blob);
        table.Add(Category, "Decode64 Blob", Decode64Blob);
        table.Add(Category, "Blob MD5", BlobMd5);
        table.Add(Category, "Gzip Compress", GzipCompress);
        table.Add(Category, "Gzip Uncompress", GzipUncompress);
    }

    /// <summary><c>Char To Blob( string, &lt;encoding="utf-8"&gt; )</c>.</summary>
    private static Value CharToBlob(CallContext c)
    {
        var text = c.String(0);
        var encoding = c.String(1, BlobEncodings.DefaultName);
        var bytes = BlobEncodings.Encode(c, text, encoding);
        c.Limits.CheckBlob(bytes.Length, c.Call);
        return new BlobValue(bytes);
    }

    /// <summary><c>Blob To Char( blob, &lt;encoding="utf-8"&gt; )</c>.</summary>
    private static Value BlobToChar(CallContext c)
    {
        var blob = c.Blob(0);
        var encoding = c.String(1, BlobEncodings.DefaultName);
        return new StringValue(BlobEncodings.Decode(c, blob.Bytes, encoding));
    }

    /// <summary>
    /// <c>Blob Peek( blob, offset, &lt;length&gt; )</c>: <paramref name="c"/>'s offset is 0-based; without
    /// a length the rest of the blob. Decision: the documentation is silent on ranges outside the blob;
    /// a negative or fractional offset or length, or a range that runs past the end, is an error (a
    /// silently short result would hide a framing bug in a protocol parser). Offset = length gives an
    /// empty blob.
    /// </summary>
    private static Value BlobPeek(CallContext c)
    {
        var bytes = c.Blob(0).Bytes;
        var offset = WholeNumber(c, 1, "offset");
        if (offset > bytes.Length) throw c.Error($"offset {offset} is beyond the end of the blob ({bytes.Length} bytes)");
        var length = c.Count > 2 && !c.IsEmptyArg(2) ? WholeNumber(c, 2, "length") : bytes.Length - offset;
        if (length > bytes.Length - offset)
        {
            throw c.Error($"offset {offset} and length {length} run past the end of the blob ({bytes.Length} bytes)");
        }
        return new BlobValue(bytes.AsSpan((int)offset, (int)length).ToArray());
    }

    /// <summary><c>Hex To Blob( hex string )</c>.</summary>
    private static Value HexToBlob(CallContext c)
    {
        var bytes = HexBlobText.TryParse(c.String(0), out var error);
        return bytes is null ? throw c.Error(error!) : new BlobValue(bytes);
    }

    /// <summary><c>Blob To Matrix( blob, type, bytesEach, endian, &lt;nCols=1&gt; )</c>.</summary>
    private static Value BlobToMatrix(CallContext c)
    {
        var bytes = c.Blob(0).Bytes;
        var format = Format(c);
        var columns = c.Count > 4 && !c.IsEmptyArg(4) ? WholeNumber(c, 4, "nCols") : 1;
        if (columns < 1) throw c.Error("nCols must be at least 1");
        if (bytes.Length % format.Size != 0)
        {
            throw c.Error($"blob length {bytes.Length} is not a multiple of bytesEach {format.Size}");
        }
        var count = bytes.Length / format.Size;
        if (count == 0) return MatrixValue.Empty;
        if (count % columns != 0) throw c.Error($"{count} values do not fill rows of {columns} columns");
        var data = new double[count];
        for (var i = 0; i < count; i++) data[i] = format.Read(bytes.AsSpan(i * format.Size, format.Size));
        return new MatrixValue(count / (int)columns, (int)columns, data);
    }

    /// <summary><c>Matrix To Blob( matrix, type, bytesEach, endian )</c>: elements in row-major order.</summary>
    private static Value MatrixToBlob(CallContext c)
    {
        var values = c.Eval(0) switch
        {
            MatrixValue m => m.Data,
            NumberValue n => [n.Value],
            var other => throw c.Error($"argument 1 must be a matrix, not {other.TypeName}"),
        };
        var format = Format(c);
        var bytes = new byte[values.Length * format.Size];
        for (var i = 0; i < values.Length; i++)
        {
            if (!format.TryWrite(values[i], bytes.AsSpan(i * format.Size, format.Size)))
            {
                var kind = format.Kind == BinaryNumberKind.Int ? "int" : "uint";
                throw c.Error(double.IsNaN(values[i])
                    ? $"a missing value cannot be written as \"{kind}\""
                    : $"{Runtime.Formatting.ValueFormatter.ToText(NumberValue.Of(values[i]))} does not fit in a {format.Size}-byte \"{kind}\"");
            }
        }
        return new BlobValue(bytes);
    }

    /// <summary><c>Encode64 Blob( blob )</c> → base64 text.</summary>
    private static Value Encode64Blob(CallContext c)
    {
        return new StringValue(Convert.ToBase64String(c.Blob(0).Bytes));
    }

    /// <summary><c>Decode64 Blob( base64String )</c>.</summary>
    private static Value Decode64Blob(CallContext c)
    {
        var text = c.String(0);
        try
        {
            return new BlobValue(Base64Text.Decode(text));
        }
        catch (BlobEncodingException e)
        {
            throw c.Error(e.Message);
        }
    }

    /// <summary><c>Blob MD5( blob )</c> → the 16-byte digest.</summary>
    private static Value BlobMd5(CallContext c)
    {
        var bytes = c.Blob(0).Bytes;
        try
        {
            return new BlobValue(MD5.HashData(bytes));
        }
        catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException)
        {
            throw c.Error($"MD5 is not available on this system: {e.Message}");
        }
    }

    /// <summary><c>Gzip Compress( blob )</c> → a gzip stream (one member) of the bytes.</summary>
    private static Value GzipCompress(CallContext c)
    {
        var bytes = c.Blob(0).Bytes;
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        // GZipStream writes nothing at all for empty input; a gzip reader expects a member, so write
        // the empty one (header, empty final deflate block, CRC 0, length 0).
        return output.Length == 0 ? new BlobValue([.. EmptyGzipMember]) : new BlobValue(output.ToArray());
    }

    private static readonly byte[] EmptyGzipMember =
        [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>
    /// <c>Gzip Uncompress( blob )</c>. Decision: data that does not start with the gzip signature or is
    /// corrupt or truncated is an error, not an empty blob; concatenated gzip members are all read.
    /// </summary>
    private static Value GzipUncompress(CallContext c)
    {
        var bytes = c.Blob(0).Bytes;
        if (bytes.Length < 10 || bytes[0] != 0x1F || bytes[1] != 0x8B) throw c.Error("blob is not gzip data");
        try
        {
            using var input = new MemoryStream(bytes, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return new BlobValue(output.ToArray());
        }
        catch (InvalidDataException e)
        {
            throw c.Error($"gzip data is corrupt: {e.Message}");
        }
    }

    private static BinaryNumberFormat Format(CallContext c)
    {
        var type = c.String(1);
        var bytesEach = c.Number(2);
        var endian = c.String(3);
        return BinaryNumberFormat.TryCreate(type, bytesEach, endian, out var error) ?? throw c.Error(error!);
    }

    /// <summary>Argument <paramref name="index"/> as a non-negative whole number.</summary>
    private static long WholeNumber(CallContext c, int index, string what)
    {
        var value = c.Number(index);
        if (double.IsNaN(value) || value < 0 || value != Math.Floor(value) || value > int.MaxValue)
        {
            throw c.Error($"{what} must be a non-negative whole number");
        }
        return (long)value;
    }
}
