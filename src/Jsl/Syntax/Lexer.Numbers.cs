using System.Globalization;

namespace Jsl.Syntax;

internal sealed partial class Lexer
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly DateTime Epoch = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Numbers: <c>1</c>, <c>12.5</c>, <c>.5</c>, <c>5.</c>, <c>1e3</c>, <c>1E-20</c>; a lone <c>.</c> is
    /// the missing value; digits followed by letters are a date literal (<c>01jan2012</c>,
    /// <c>19May2011:10:10</c>).
    /// </summary>
    private void LexNumber()
    {
        var start = pos;
        while (char.IsAsciiDigit(Peek())) pos++;
        var hasPoint = false;
        if (Peek() == '.')
        {
            hasPoint = true;
            pos++;
            while (char.IsAsciiDigit(Peek())) pos++;
        }
        if (pos - start == 1 && hasPoint)
        {
            Add(TokenKind.Number, start, number: double.NaN);
            return;
        }
        if ((Peek() is 'e' or 'E') && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            pos += 2;
            while (char.IsAsciiDigit(Peek())) pos++;
        }
        if (char.IsLetter(Peek()) && !hasPoint && pos - start <= 2)
        {
            LexDate(start);
            return;
        }
        if (IsNameStart(Peek()))
        {
            InvalidNumber(start);
            return;
        }
        var value = double.Parse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        Add(TokenKind.Number, start, number: value);
    }

    private void InvalidNumber(int start)
    {
        while (pos < text.Length && (IsNameContinue(text[pos]) || text[pos] == ':')) pos++;
        Error(start, $"expected a number or a date like 01jan2012 but found '{text[start..pos]}'");
        Add(TokenKind.Number, start, number: double.NaN);
    }

    private void LexDate(int start)
    {
        var day = int.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
        var monthStart = pos;
        while (char.IsAsciiLetter(Peek())) pos++;
        var month = Array.IndexOf(MonthNames, text[monthStart..pos].ToLowerInvariant()) + 1;
        var yearStart = pos;
        while (char.IsAsciiDigit(Peek())) pos++;
        var yearDigits = pos - yearStart;
        if (month == 0 || (yearDigits != 2 && yearDigits != 4) || IsNameContinue(Peek()))
        {
            InvalidNumber(start);
            return;
        }
        var year = int.Parse(text.AsSpan(yearStart, yearDigits), CultureInfo.InvariantCulture);
        if (yearDigits == 2) year = TwoDigitYear.Expand(year);
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            InvalidNumber(start);
            return;
        }
        var seconds = (new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) - Epoch).TotalSeconds;
        if (Peek() == ':' && char.IsAsciiDigit(Peek(1)))
        {
            if (!TryLexTimeOfDay(out var timeSeconds))
            {
                InvalidNumber(start);
                return;
            }
            seconds += timeSeconds;
        }
        Add(TokenKind.Number, start, number: seconds, isDate: true);
    }

    /// <summary>The <c>:hh:mm</c> or <c>:hh:mm:ss</c> (seconds may have a fraction) after a date.</summary>
    private bool TryLexTimeOfDay(out double seconds)
    {
        seconds = 0;
        var parts = 0;
        while (parts < 3 && Peek() == ':' && char.IsAsciiDigit(Peek(1)))
        {
            pos++;
            var partStart = pos;
            while (char.IsAsciiDigit(Peek())) pos++;
            if (parts == 2 && Peek() == '.')
            {
                pos++;
                while (char.IsAsciiDigit(Peek())) pos++;
            }
            var value = double.Parse(text.AsSpan(partStart, pos - partStart), NumberStyles.Float, CultureInfo.InvariantCulture);
            seconds += parts switch { 0 => value * 3600, 1 => value * 60, _ => value };
            parts++;
        }
        return parts >= 2 && !IsNameContinue(Peek());
    }
}
