namespace Jsl.Builtins.Blobs;

/// <summary>The number types of <c>Blob To Matrix</c> / <c>Matrix To Blob</c>: "int", "uint", "float".</summary>
internal enum BinaryNumberKind
{
    Int,
    UInt,
    Float,
}
