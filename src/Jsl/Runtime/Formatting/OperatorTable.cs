using System.Diagnostics.CodeAnalysis;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// The printer's reading of <see cref="SyntaxFacts.Operators"/> (the one operator table): which
/// calls print as operators, and their precedence turned around so that higher binds tighter.
/// </summary>
internal static class OperatorTable
{
    /// <summary>Finds the operator form of a call, if it prints as one (an operator head, unqualified, a fitting argument count).</summary>
    internal static bool TryGet(CallNode call, [NotNullWhen(true)] out OperatorInfo? row)
    {
        row = call.Qualifier is null && !call.HeadIsString ? SyntaxFacts.Find(call.Head) : null;
        if (row is not null && Fits(row, call.Args.Count)) return true;
        row = null;
        return false;
    }

    /// <summary>Printing precedence: 1 for <c>;</c> up to 14 for <c>[]</c> (the table's level turned around).</summary>
    internal static int Precedence(OperatorInfo row) => SyntaxFacts.LoosestLevel + 1 - row.Level;

    private static bool Fits(OperatorInfo row, int n) => row.Shape switch
    {
        OperatorShape.Prefix or OperatorShape.Postfix => n == 1,
        OperatorShape.Send => n is 1 or 2,
        OperatorShape.Subscript => n >= 1,
        OperatorShape.List => true,
        _ when row.LaterToken is not null => n == 3,
        _ => n >= 2,
    };
}
