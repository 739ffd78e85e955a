using System.Text;
using System.Text.RegularExpressions;

namespace Jsl.Tests.Fuzz;

/// <summary>
/// Makes a hostile script from seed scripts: token-level splices, deletions and duplications, deep
/// nesting, random bytes, very long names and strings. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed partial class ScriptMutator(IReadOnlyList<string> seeds, Random random)
{
    // Strings, comments, numbers, names (a JSL name may hold blanks), operators of one to three characters, anything else.
    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"?|//[^\\n]*|/\\*.*?(?:\\*/|$)|\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|[A-Za-z_][A-Za-z0-9_ ]*|<<|\\|\\||==|!=|<=|>=|::|\\+\\+|--|\\+=|-=|\\*=|/=|\\|/|\\s+|.", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    private static readonly string[] Fragments =
        ["(", ")", "{", "}", "[", "]", ",", ";", "=", "<<", "||", "::", "\"", "/*", "//", "\\!", "\\[", "]\\", "Expr(", "Eval(", "Parse(", "Function({x},", "Try(", "Throw(", "Local({a},", "Names Default To Here(1);", "New Namespace(", "Define Class(", "Recurse(", "Associative Array(", "J(3,3,", "[1 2, 3 4]", ".", "'", "#", "1e308", "-0", ".", "Empty()", "Insert Into(", "Substitute(", "Regex(", "Pat Match(", "Parse JSON(", "Parse XML(", "Char(", "Num(", "Hex(", "Blob To Char(", "Repeat(", "Concat Items(", "Word(", "Munger("];

    /// <summary>One mutated script.</summary>
    public string Next()
    {
        var tokens = Tokens(Seed());
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++) Mutate(tokens);
        return string.Concat(tokens);
    }

    private string Seed() => seeds[random.Next(seeds.Count)];

    private static List<string> Tokens(string text) => [.. TokenPattern().Matches(text).Select(m => m.Value)];

    private void Mutate(List<string> tokens)
    {
        if (tokens.Count == 0) tokens.Add("1");
        // Half the mutations keep the script's syntax (so it runs and reaches the built-ins), half break it.
        if (random.Next(2) == 0) MutateKeepingSyntax(tokens);
        else MutateBreakingSyntax(tokens);
    }

    private void MutateKeepingSyntax(List<string> tokens)
    {
        var at = random.Next(tokens.Count);
        var kind = KindOf(tokens[at]);
        switch (random.Next(6))
        {
            case 0 when kind is not TokenKind.Other: // a value of the same kind from another seed
                tokens[at] = SameKind(kind) ?? tokens[at];
                break;
            case 1 when kind is TokenKind.Number: // a boundary number
                tokens[at] = BoundaryNumbers[random.Next(BoundaryNumbers.Length)];
                break;
            case 2 when kind is TokenKind.Number or TokenKind.Name or TokenKind.String: // deep but balanced nesting
                var depth = random.Next(2) == 0 ? 1 + random.Next(50) : 200 + random.Next(3000);
                var (open, close) = Nesting();
                tokens[at] = string.Concat(Enumerable.Repeat(open, depth)) + tokens[at] + string.Concat(Enumerable.Repeat(close, depth));
                break;
            case 3 when kind is TokenKind.Name: // a very long name
                tokens[at] = new string((char)('a' + random.Next(26)), 1 + random.Next(100_000));
                break;
            case 4 when kind is TokenKind.String: // a very long string
                tokens[at] = "\"" + new string('x', 1 + random.Next(200_000)) + "\"";
                break;
            default: // a whole statement of another seed after a statement of this one
                var ends = Enumerable.Range(0, tokens.Count).Where(i => tokens[i] == ";").ToList();
                var statement = Statement();
                tokens.Insert(ends.Count == 0 ? tokens.Count : ends[random.Next(ends.Count)] + 1, statement);
                break;
        }
    }

    private void MutateBreakingSyntax(List<string> tokens)
    {
        var at = random.Next(tokens.Count);
        var length = Math.Min(tokens.Count - at, 1 + random.Next(random.Next(2) == 0 ? 3 : 40));
        switch (random.Next(7))
        {
            case 0: // delete a run of tokens
                tokens.RemoveRange(at, length);
                break;
            case 1: // duplicate a run in place
                tokens.InsertRange(at, tokens.GetRange(at, length));
                break;
            case 2: // splice in a run from another seed
                var other = Tokens(Seed());
                if (other.Count == 0) break;
                var from = random.Next(other.Count);
                tokens.InsertRange(at, other.GetRange(from, Math.Min(other.Count - from, 1 + random.Next(60))));
                break;
            case 3: // a fragment, often unbalanced
                tokens.Insert(at, Fragments[random.Next(Fragments.Length)]);
                break;
            case 4: // random bytes (any char, control characters and lone surrogates included)
                tokens.Insert(at, RandomText(1 + random.Next(20)));
                break;
            case 5: // swap two tokens
                var second = random.Next(tokens.Count);
                (tokens[at], tokens[second]) = (tokens[second], tokens[at]);
                break;
            default: // an operator or bracket in place of a token
                tokens[at] = Operators[random.Next(Operators.Length)];
                break;
        }
    }

    private enum TokenKind { Number, String, Name, Other }

    private static TokenKind KindOf(string token) => token.Length == 0 ? TokenKind.Other : token[0] switch
    {
        >= '0' and <= '9' => TokenKind.Number,
        '"' => TokenKind.String,
        _ when char.IsAsciiLetter(token[0]) || token[0] == '_' => TokenKind.Name,
        _ => TokenKind.Other,
    };

    /// <summary>A token of <paramref name="kind"/> from another seed, or null when that seed has none.</summary>
    private string? SameKind(TokenKind kind)
    {
        var candidates = Tokens(Seed()).Where(t => KindOf(t) == kind).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    /// <summary>One statement (up to its semicolon) of another seed.</summary>
    private string Statement()
    {
        var tokens = Tokens(Seed());
        var ends = Enumerable.Range(0, tokens.Count).Where(i => tokens[i] == ";").Prepend(-1).ToList();
        var which = random.Next(ends.Count);
        var start = ends[which] + 1;
        var end = which + 1 < ends.Count ? ends[which + 1] + 1 : tokens.Count;
        return "\n" + string.Concat(tokens.GetRange(start, end - start)) + "\n";
    }

    private static readonly string[] BoundaryNumbers =
        ["0", "1", "2", "3", "-1", "1e308", "-1e308", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "1e-320", ".", "1e400", "0.5", "1e15", "-0", "255", "256", "65536", "1e6"];

    private static readonly string[] Operators =
        ["+", "-", "*", "/", "^", "!", "&", "|", "<", ">", "==", "<<", "[", "]", "{", "}", "(", ")", ",", ";", "::", ":", "||", "=", "++"];

    private (string Open, string Close) Nesting() => random.Next(6) switch
    {
        0 => ("(", ")"),
        1 => ("{", "}"),
        2 => ("Eval(", ")"),
        3 => ("-", ""),
        4 => ("Expr(", ")"),
        _ => ("[", "]"),
    };

    private string RandomText(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append((char)(random.Next(3) == 0 ? random.Next(0x10000) : random.Next(128)));
        return sb.ToString();
    }
}
