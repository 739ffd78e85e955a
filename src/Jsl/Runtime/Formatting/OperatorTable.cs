using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// Which heads print as operators, with their token, precedence (language.md §2.2, higher binds
/// tighter) and associativity, so the printer puts parentheses back exactly where needed.
/// </summary>
internal static class OperatorTable
{
    internal enum Form { Infix, Prefix, Postfix, Subscript, Send, Glue }

    internal sealed record Entry(string Token, int Precedence, Form Form, bool RightAssociative = false, int MinArgs = 2, string[]? Tokens = null);

    private static readonly Dictionary<Symbol, Entry> Entries = new(ReferenceEqualityComparer.Instance)
    {
        [Heads.Glue] = new(";", 1, Form.Glue),
        [Heads.Assign] = new("=", 2, Form.Infix, RightAssociative: true),
        [Heads.AddTo] = new("+=", 2, Form.Infix, RightAssociative: true),
        [Heads.SubtractTo] = new("-=", 2, Form.Infix, RightAssociative: true),
        [Heads.MultiplyTo] = new("*=", 2, Form.Infix, RightAssociative: true),
        [Heads.DivideTo] = new("/=", 2, Form.Infix, RightAssociative: true),
        [Heads.ConcatTo] = new("||=", 2, Form.Infix, RightAssociative: true),
        [Heads.VConcatTo] = new("|/=", 2, Form.Infix, RightAssociative: true),
        [Heads.Or] = new("|", 3, Form.Infix),
        [Heads.And] = new("&", 4, Form.Infix),
        [Heads.Equal] = new("==", 5, Form.Infix),
        [Heads.NotEqual] = new("!=", 5, Form.Infix),
        [Heads.Less] = new("<", 5, Form.Infix),
        [Heads.LessOrEqual] = new("<=", 5, Form.Infix),
        [Heads.Greater] = new(">", 5, Form.Infix),
        [Heads.GreaterOrEqual] = new(">=", 5, Form.Infix),
        [Heads.LessLessEqual] = new("<", 5, Form.Infix, MinArgs: 3, Tokens: ["<", "<="]),
        [Heads.LessEqualLess] = new("<=", 5, Form.Infix, MinArgs: 3, Tokens: ["<=", "<"]),
        [Heads.Send] = new("<<", 6, Form.Send, MinArgs: 1),
        [Heads.Index] = new("::", 7, Form.Infix),
        [Heads.Concat] = new("||", 8, Form.Infix),
        [Heads.VConcat] = new("|/", 8, Form.Infix),
        [Heads.Add] = new("+", 9, Form.Infix),
        [Heads.Subtract] = new("-", 9, Form.Infix),
        [Heads.Multiply] = new("*", 10, Form.Infix),
        [Heads.Divide] = new("/", 10, Form.Infix),
        [Heads.EMult] = new(":*", 10, Form.Infix),
        [Heads.EDiv] = new(":/", 10, Form.Infix),
        [Heads.Minus] = new("-", 11, Form.Prefix, MinArgs: 1),
        [Heads.Not] = new("!", 11, Form.Prefix, MinArgs: 1),
        [Heads.Power] = new("^", 12, Form.Infix, RightAssociative: true),
        [Heads.PatImmediate] = new(">>", 12, Form.Infix),
        [Heads.PatConditional] = new(">?", 12, Form.Infix),
        [Heads.PostIncrement] = new("++", 13, Form.Postfix, MinArgs: 1),
        [Heads.PostDecrement] = new("--", 13, Form.Postfix, MinArgs: 1),
        [Heads.Transpose] = new("`", 13, Form.Postfix, MinArgs: 1),
        [Heads.Subscript] = new("[]", 14, Form.Subscript, MinArgs: 1),
    };

    /// <summary>Finds the operator form of a call, if it prints as one (right head, a fitting argument count).</summary>
    internal static bool TryGet(CallNode call, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entry? entry)
    {
        if (call.Qualifier is null && Entries.TryGetValue(call.Head, out entry))
        {
            var n = call.Args.Count;
            var fits = entry.Form switch
            {
                Form.Prefix or Form.Postfix => n == 1,
                Form.Send => n is 1 or 2,
                Form.Subscript => n >= 1,
                Form.Glue => n >= 2,
                _ => entry.MinArgs == 3 ? n == 3 : n >= 2,
            };
            if (fits) return true;
        }
        entry = null;
        return false;
    }
}
