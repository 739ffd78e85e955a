namespace Jsl.Tests.Conformance;

/// <summary>One runnable section of a conformance file, with its expectations.</summary>
public sealed record ConformanceSection(string File, string Title, int FirstLine, string Text, IReadOnlyList<string> ExpectedOutput, IReadOnlyList<string> ExpectedErrors)
{
    /// <summary>How the section is named in test results.</summary>
    public override string ToString() => $"{File}:{FirstLine} {Title}".TrimEnd();
}
