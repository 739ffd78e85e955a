using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>Numbers to and from text: Num, Hex / Char To Hex, Hex To Number, Hex To Char.</summary>
internal static class NumberTextBuiltins
{
    private const string Category = StringBuiltins.Category;
    private const string Base = "Base";
    private const string PadTo = "Pad To";
    private static readonly string[] HexOptions = [Base, PadTo];

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Num", Num);
        table.Add(Category, "Hex", Hex);
        table.Add(Category, "Char To Hex", Hex);
        table.Add(Category, "Hex To Number", HexToNumber);
        table.Add(Category, "Hex To Char", HexToChar);
    }

    /// <summary>
    /// <c>Num(s, &lt;&lt;&lt;Use Locale&gt;, &lt;&lt;&lt;Restrict&gt;)</c>: the number s stands for, missing when it
    /// cannot be read; <c>&lt;&lt;Restrict</c> reads only integer, decimal and scientific forms. A number
    /// is returned as it is. Decision: <c>&lt;&lt;Use Locale</c> is accepted and has no effect (jsl
    /// formats and reads numbers without locale).
    /// </summary>
    private static Value Num(CallContext c)
    {
        var args = StringArguments.Positional(c);
        if (args.Count != 1) throw c.Error(args.Count == 0 ? "Num: needs an argument" : "Num: too many arguments");
        var value = c.Eval(args[0]);
        return value switch
        {
            NumberValue n => n,
            StringValue s => NumberValue.Of(NumberText.Parse(s.Value, c.Flag("Restrict") is not null)),
            _ => throw c.Error($"Num: cannot convert a {value.TypeName} to a number"),
        };
    }

    /// <summary>
    /// <c>Hex(value, &lt;"integer"&gt;|&lt;encoding="utf-8"&gt;|&lt;Base(n)&gt;, &lt;Pad To(n)&gt;)</c>: a number's
    /// IEEE 754 bits as 16 hex digits (or, with "integer" or Base, the whole number in hex or base
    /// n); a string's bytes in the encoding; a blob's bytes. Pad To left-pads with zeros.
    /// Decision: "integer" of a missing value is an error, as is an encoding name jsl does not know.
    /// </summary>
    private static Value Hex(CallContext c)
    {
        var name = c.Call.HeadText;
        var args = StringArguments.Positional(c, HexOptions);
        if (args.Count is < 1 or > 2) throw c.Error(args.Count == 0 ? $"{name}: needs a value" : $"{name}: too many arguments");
        var value = c.Eval(args[0]);
        var mode = args.Count > 1 ? StringArguments.StringArg(c, args[1], $"{name}: the second argument") : null;
        var radix = RadixOption(c, name);
        string text;
        switch (value)
        {
            case NumberValue n:
                var integer = radix is not null || string.Equals(mode?.Trim(), "integer", StringComparison.OrdinalIgnoreCase);
                if (!integer && mode is not null && !Blobs.BlobEncodings.TryFind(mode, out _)) throw c.Error($"{name}: unknown option \"{mode}\"");
                if (integer && n.IsMissing) throw c.Error($"{name}: a missing value has no integer form");
                // An infinite value (1e400) has no digits: the digit loop would never end (issue 8, found by the fuzzer).
                if (integer && !double.IsFinite(n.Value)) throw c.Error($"{name}: an infinite value has no integer form");
                text = integer ? HexText.FromInteger(n.Value, radix ?? 16) : HexText.FromDouble(n.Value);
                break;
            case StringValue s:
                if (radix is not null) throw c.Error($"{name}: Base applies to numbers only");
                var bytes = Blobs.BlobEncodings.Encode(c, s.Value, mode ?? Blobs.BlobEncodings.DefaultName);
                c.Limits.CheckString(2L * bytes.Length, c.Call);
                text = HexText.FromBytes(bytes);
                break;
            case BlobValue b:
                if (radix is not null) throw c.Error($"{name}: Base applies to numbers only");
                c.Limits.CheckString(2L * b.Bytes.Length, c.Call);
                text = HexText.FromBytes(b.Bytes);
                break;
            default:
                throw c.Error($"{name}: cannot convert a {value.TypeName} to hex");
        }
        var padTo = StringArguments.OptionValue(c, PadTo);
        if (padTo is not null)
        {
            var width = StringArguments.WholeNumber(c, padTo, $"{name}: Pad To");
            if (width > text.Length) text = text.PadLeft((int)Math.Min(width, 100_000), '0');
        }
        return new StringValue(text);
    }

    /// <summary>
    /// <c>Hex To Number(text, &lt;Base(n)&gt;)</c>: 16 hex digits are an IEEE 754 double; other hex
    /// text is an integer; with Base, the text is a whole number in base n. Decision: text that is
    /// not a number in the base gives missing, as <c>Num</c> does.
    /// </summary>
    private static Value HexToNumber(CallContext c)
    {
        var args = StringArguments.Positional(c, [Base]);
        if (args.Count != 1) throw c.Error(args.Count == 0 ? "Hex To Number: needs the text" : "Hex To Number: too many arguments");
        var text = StringArguments.StringArg(c, args[0], "Hex To Number: the text");
        var radix = RadixOption(c, "Hex To Number");
        return NumberValue.Of(radix is null ? HexText.ToNumber(text) : HexText.ToNumber(text, radix.Value));
    }

    /// <summary><c>Hex To Char(hextext, &lt;encoding="utf-8"&gt;)</c>: the text whose bytes (in the encoding) the hex digits spell.</summary>
    private static Value HexToChar(CallContext c)
    {
        var hex = StringArguments.StringArg(c, 0, "Hex To Char: the hex text");
        var encoding = c.Count > 1 ? StringArguments.StringArg(c, 1, "Hex To Char: the encoding") : "utf-8";
        var bytes = HexText.ToBytes(hex) ?? throw c.Error("Hex To Char: the text must be pairs of hex digits");
        return new StringValue(Blobs.BlobEncodings.Decode(c, bytes, encoding));
    }

    private static int? RadixOption(CallContext c, string name)
    {
        var value = StringArguments.OptionValue(c, Base);
        if (value is null) return null;
        var radix = StringArguments.WholeNumber(c, value, $"{name}: Base");
        if (radix is < 2 or > 36) throw c.Error($"{name}: Base must be an integer between 2 and 36");
        return (int)radix;
    }
}
