using Jsl.Runtime.Errors;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl;

/// <summary>
/// The largest values a run may build: a runaway script (a string doubled in a loop, a padding
/// count of 2^31) gets a JSL error at the call that would grow past a limit, not an
/// OutOfMemoryException. The built-ins that grow values ask here before they allocate.
/// </summary>
/// <remarks>
/// Decision: the defaults (256 M characters, 50 M list items, 100 M matrix elements) are far above
/// what a JMP script handles in practice (JMP itself slows to a crawl well before), and keep the
/// worst single value to a few gigabytes. Decision: a blob counts its bytes against the string
/// limit (a blob is text's binary twin: Char To Blob, Load Text File with BLOB).
/// </remarks>
public sealed class ResourceLimits
{
    /// <summary>Default <see cref="MaxStringLength"/>: 268,435,456 characters (256 M).</summary>
    public const long DefaultMaxStringLength = 256L * 1024 * 1024;

    /// <summary>Default <see cref="MaxListLength"/>: 50,000,000 items.</summary>
    public const long DefaultMaxListLength = 50_000_000;

    /// <summary>Default <see cref="MaxMatrixElements"/>: 100,000,000 elements.</summary>
    public const long DefaultMaxMatrixElements = 100_000_000;

    /// <summary>The defaults; an engine makes its own (<see cref="Engine.Limits"/>).</summary>
    internal ResourceLimits()
    {
    }

    private long maxStringLength = DefaultMaxStringLength;
    private long maxListLength = DefaultMaxListLength;
    private long maxMatrixElements = DefaultMaxMatrixElements;

    /// <summary>The most characters a string (or bytes a blob) may have.</summary>
    public long MaxStringLength
    {
        get => maxStringLength;
        set => maxStringLength = Positive(value);
    }

    /// <summary>The most items a list may have.</summary>
    public long MaxListLength
    {
        get => maxListLength;
        set => maxListLength = Positive(value);
    }

    /// <summary>The most elements (rows × columns) a matrix may have.</summary>
    public long MaxMatrixElements
    {
        get => maxMatrixElements;
        set => maxMatrixElements = Positive(value);
    }

    /// <summary>Fails at <paramref name="at"/> when a string of <paramref name="length"/> characters would be too long.</summary>
    internal void CheckString(long length, Node at)
    {
        if (length > maxStringLength) throw Exceeded($"A string of {length} characters", maxStringLength, at);
    }

    /// <summary>Fails at <paramref name="at"/> when a blob of <paramref name="length"/> bytes would be too long.</summary>
    internal void CheckBlob(long length, Node at)
    {
        if (length > maxStringLength) throw Exceeded($"A blob of {length} bytes", maxStringLength, at);
    }

    /// <summary>
    /// Fails at <paramref name="at"/> when a file of <paramref name="bytes"/> bytes is too large to
    /// load. Decision: measured against the string limit before reading, in bytes (a text of N bytes
    /// decodes to at most N characters), so a huge file is refused before any of it is read.
    /// </summary>
    internal void CheckFile(long bytes, Node at)
    {
        if (bytes > maxStringLength) throw Exceeded($"A file of {bytes} bytes", maxStringLength, at);
    }

    /// <summary>Fails at <paramref name="at"/> when a list of <paramref name="count"/> items would be too long.</summary>
    internal void CheckList(long count, Node at)
    {
        if (count > maxListLength) throw Exceeded($"A list of {count} items", maxListLength, at);
    }

    /// <summary>Fails at <paramref name="at"/> when a matrix of <paramref name="rows"/> × <paramref name="columns"/> would be too large.</summary>
    internal void CheckMatrix(long rows, long columns, Node at)
    {
        // Int128: a tiled size times a tiled size can pass long's range.
        var elements = (Int128)rows * columns;
        if (elements > maxMatrixElements) throw Exceeded($"A matrix of {rows} by {columns} ({elements} elements)", maxMatrixElements, at);
    }

    /// <summary>
    /// Fails at <paramref name="at"/> when a list of <paramref name="count"/> items, <paramref name="copies"/>
    /// of them copies of <paramref name="item"/>, would be too large: the list counts its items, and
    /// the copies count what they hold against the limit of their own kind.
    /// </summary>
    /// <remarks>
    /// Decision: a list of copies (<c>Right(list, n, filler)</c>, <c>Repeat(list, n)</c>) is measured
    /// by what the copies hold too, so a million copies of a 2,000-element matrix are refused as
    /// 2 billion matrix elements rather than allowed as a million list items.
    /// </remarks>
    internal void CheckCopies(long count, long copies, Value item, Node at)
    {
        CheckList(count, at);
        switch (item)
        {
            case StringValue s:
                if (copies * s.Length > maxStringLength) throw Exceeded($"{copies} copies of a string of {s.Length} characters", maxStringLength, at);
                break;
            case MatrixValue m:
                if (copies * m.Data.Length > maxMatrixElements) throw Exceeded($"{copies} copies of a matrix of {m.Data.Length} elements", maxMatrixElements, at);
                break;
            case ListValue l:
                if (copies * l.Count > maxListLength) throw Exceeded($"{copies} copies of a list of {l.Count} items", maxListLength, at);
                break;
        }
    }

    private static JslRuntimeError Exceeded(string what, long limit, Node at) => new($"{what} would exceed the limit of {limit}", at) { Kind = JslDiagnosticKind.Limit };

    private static long Positive(long value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A resource limit must be a positive number.");
}
