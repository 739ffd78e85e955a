using Jsl.Runtime.Errors;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// A built-in's parameters as one line of <c>BuiltinSignatures.txt</c> declares them,
/// <c>Substr(string, start, length?)</c>: a plain name is required, <c>name?</c> may be left off,
/// <c>name...</c> stands for any number of further arguments. The argument count of a call is
/// checked here, in one place, before the built-in runs.
/// </summary>
internal sealed class BuiltinSignature
{
    private BuiltinSignature(string name, string text, IReadOnlyList<string> parameters, int min, int max)
    {
        Name = name;
        Text = text;
        Parameters = parameters;
        MinArgs = min;
        MaxArgs = max;
    }

    /// <summary>The built-in's name as written on the line.</summary>
    public string Name { get; }

    /// <summary>The whole line, <c>Substr(string, start, length?)</c>.</summary>
    public string Text { get; }

    /// <summary>The parameters as written, with their <c>?</c> and <c>...</c>.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The fewest arguments a call may give.</summary>
    public int MinArgs { get; }

    /// <summary>The most arguments a call may give; <see cref="int.MaxValue"/> with a <c>name...</c> parameter.</summary>
    public int MaxArgs { get; }

    /// <summary>
    /// Reads one line. A required parameter after an optional one, or anything after a
    /// <c>name...</c>, is refused: the count alone could not tell which argument was left off.
    /// </summary>
    /// <exception cref="FormatException">The line is not <c>Name(parameters)</c>.</exception>
    public static BuiltinSignature Parse(string line)
    {
        var text = line.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !text.EndsWith(')')) throw new FormatException($"a signature is Name(parameters): {line}");
        var name = text[..open].Trim();
        var inside = text[(open + 1)..^1];
        var parameters = inside.Trim().Length == 0 ? [] : inside.Split(',').Select(p => p.Trim()).ToArray();
        int min = 0, max = 0;
        var optionalSeen = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (p.Length == 0 || p is "?" or "...") throw new FormatException($"an empty parameter in {line}");
            if (max == int.MaxValue) throw new FormatException($"a parameter after '...' in {line}");
            if (p.EndsWith("...", StringComparison.Ordinal))
            {
                max = int.MaxValue;
            }
            else if (p.EndsWith('?'))
            {
                optionalSeen = true;
                max++;
            }
            else
            {
                if (optionalSeen) throw new FormatException($"a required parameter after an optional one in {line}");
                min++;
                max++;
            }
        }
        return new BuiltinSignature(name, text, parameters, min, max);
    }

    /// <summary>True when a call may give <paramref name="count"/> arguments.</summary>
    public bool Accepts(int count) => count >= MinArgs && count <= MaxArgs;

    /// <summary>Fails with the standard error when <paramref name="call"/> gives too few or too many arguments.</summary>
    public void Check(CallNode call)
    {
        if (!Accepts(call.Args.Count)) throw CountError(MinArgs, MaxArgs, call.Args.Count, call);
    }

    /// <summary>
    /// The one wording of a wrong argument count, for built-ins and their helpers alike: JMP's
    /// "too many arguments" (output.md §4.3), and "requires one argument" / "requires at least N
    /// arguments" for too few. Decision: JMP's words for too few are not documented; these are
    /// the ones jsl has always printed (tests pin them).
    /// </summary>
    public static JslRuntimeError CountError(int min, int max, int given, Node at) =>
        given > max
            ? new JslRuntimeError("too many arguments", at)
            : new JslRuntimeError(min == 1 && max == 1 ? "requires one argument" : $"requires at least {min} argument{(min == 1 ? "" : "s")}", at);
}
