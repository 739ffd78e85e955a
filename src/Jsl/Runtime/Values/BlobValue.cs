namespace Jsl.Runtime.Values;

/// <summary>A JSL blob: an immutable byte string (socket data, encoded text).</summary>
internal sealed class BlobValue(byte[] bytes) : Value
{
    /// <summary>The empty blob.</summary>
    public static readonly BlobValue EmptyBlob = new([]);

    /// <summary>The bytes; never modified after construction.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <inheritdoc/>
    public override string TypeName => "Blob";
}
