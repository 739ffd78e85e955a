namespace Jsl.Builtins.Json;

/// <summary>Text that is not valid JSON; the built-ins turn it into a JSL error.</summary>
internal sealed class JsonFormatException(string message, int offset) : Exception(message)
{
    /// <summary>Zero-based character offset of the problem in the text.</summary>
    public int Offset { get; } = offset;
}
