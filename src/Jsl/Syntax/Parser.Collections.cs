using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

internal sealed partial class Parser
{
    /// <summary><c>[</c> in operand position: an associative array when a <c>=&gt;</c> appears at its top level, else a matrix.</summary>
    private Node ParseMatrixOrAssociativeArray()
    {
        var open = Advance();
        return HasArrowAtTopLevel() ? ParseAssociativeArray(open) : ParseMatrix(open);
    }

    private bool HasArrowAtTopLevel()
    {
        var nested = 0;
        for (var i = index; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (IsOpener(kind))
            {
                nested++;
            }
            else if (IsCloser(kind))
            {
                if (nested-- == 0) return false;
            }
            else if (nested == 0 && kind == TokenKind.Arrow)
            {
                return true;
            }
            else if (nested == 0 && kind is TokenKind.Semicolon or TokenKind.EndOfFile)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>[1 2 3]</c> (a row), <c>[1, 2, 3]</c> (a column), <c>[1 2, 3 4]</c>, <c>[]</c>. Items are
    /// numbers (optionally signed) or <c>.</c>; every row must have the same number of items.
    /// </summary>
    private Node ParseMatrix(Token open)
    {
        var rows = new List<(SourcePosition Start, List<double> Items)>();
        var row = new List<double>();
        var rowStart = Current.Position;
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.RightBracket)
            {
                Advance();
                break;
            }
            if (token.Kind == TokenKind.Comma)
            {
                rows.Add((rowStart, row));
                row = [];
                Advance();
                rowStart = Current.Position;
                continue;
            }
            var sign = 1.0;
            if (token.Kind is TokenKind.Minus or TokenKind.Plus && Next.Kind == TokenKind.Number)
            {
                sign = token.Kind == TokenKind.Minus ? -1 : 1;
                Advance();
            }
            if (Current.Kind == TokenKind.Number)
            {
                row.Add(sign * Advance().Value);
                continue;
            }
            Expected("a number or ']'", Current);
            SkipTo(TokenKind.RightBracket, commaResumes: false, out _);
            return new MatrixNode(open.Position, 0, 0, []);
        }
        if (rows.Count > 0 || row.Count > 0) rows.Add((rowStart, row));
        if (rows.Count == 0) return Current.Kind == TokenKind.LeftParen ? ParseEmptyMatrixShape(open) : new MatrixNode(open.Position, 0, 0, []);
        var columns = rows[0].Items.Count;
        foreach (var (start, items) in rows)
        {
            if (items.Count == columns) continue;
            Report(start, $"expected {columns} numbers in each matrix row but found {items.Count}");
            return new MatrixNode(open.Position, 0, 0, []);
        }
        var values = new double[rows.Count * columns];
        for (var r = 0; r < rows.Count; r++) rows[r].Items.CopyTo(values, r * columns);
        return new MatrixNode(open.Position, rows.Count, columns, values);
    }

    /// <summary>
    /// <c>[](rows, columns)</c>: an empty matrix with a shape, as the Scripting Guide (Construct Matrices)
    /// writes <c>[]( 5,0 )</c> and shows <c>J( 0,4 )</c> as <c>[](0,4)</c>. One of the two counts is 0.
    /// </summary>
    private Node ParseEmptyMatrixShape(Token open)
    {
        var paren = Advance();
        var counts = new List<double>();
        while (counts.Count < 2 && Current.Kind == TokenKind.Number)
        {
            counts.Add(Advance().Value);
            if (counts.Count == 1 && Current.Kind == TokenKind.Comma) Advance();
        }
        if (counts.Count == 2 && Current.Kind == TokenKind.RightParen
            && counts.All(n => n >= 0 && n == Math.Floor(n) && n <= int.MaxValue) && (counts[0] == 0 || counts[1] == 0))
        {
            Advance();
            return new MatrixNode(open.Position, (int)counts[0], (int)counts[1], []);
        }
        Report(paren.Position, "expected the shape of an empty matrix, [](rows, columns) with a count of 0");
        SkipTo(TokenKind.RightParen, commaResumes: false, out _);
        if (Current.Kind == TokenKind.RightParen) Advance();
        return new MatrixNode(open.Position, 0, 0, []);
    }

    /// <summary>
    /// <c>[=&gt;]</c> (empty), <c>[=&gt; 0]</c> (default only), <c>["a" =&gt; 1, "b" =&gt; 2, =&gt; 0]</c>
    /// (the keyless entry is the default value). Keys and values are expressions.
    /// </summary>
    private Node ParseAssociativeArray(Token open)
    {
        var keys = new List<Node>();
        var values = new List<Node>();
        Node? defaultValue = null;
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.RightBracket)
            {
                Advance();
                break;
            }
            if (token.Kind == TokenKind.EndOfFile)
            {
                Expected("']'", token);
                break;
            }
            if (token.Kind == TokenKind.Arrow)
            {
                Advance();
                if (Current.Kind is not (TokenKind.RightBracket or TokenKind.Comma)) defaultValue = ParseExpression(0);
            }
            else
            {
                var key = ParseExpression(0);
                if (Current.Kind == TokenKind.Arrow)
                {
                    Advance();
                    keys.Add(key);
                    values.Add(ParseExpression(0));
                }
                else
                {
                    Expected("'=>'", Current);
                }
            }
            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
                continue;
            }
            if (Current.Kind == TokenKind.RightBracket)
            {
                Advance();
                break;
            }
            Expected("']'", Current);
            if (!SkipTo(TokenKind.RightBracket, commaResumes: true, out var atComma) || !atComma) break;
        }
        return new AssociativeArrayNode(open.Position, keys, values, defaultValue);
    }
}
