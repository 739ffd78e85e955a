namespace Jsl.Builtins.Blobs;

/// <summary>The encodings <c>Char To Blob</c> and <c>Blob To Char</c> understand.</summary>
internal enum BlobEncoding
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    UsAscii,
    Latin1,
    ShiftJis,
    EucJp,
    AsciiHex,
    Base64,
}
