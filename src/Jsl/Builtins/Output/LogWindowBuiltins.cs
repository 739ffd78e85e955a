using System.Text;
using Jsl.Builtins.Files;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Output;

/// <summary>
/// The log window's functions (Scripting Index, Programming): <c>Get Log</c>, <c>Clear Log</c>,
/// <c>Save Log</c>, <c>Is Log Open</c>, <c>Open Log</c>, <c>Close Log</c>. jsl's log is the
/// terminal, which is always there; the lines it has shown are kept (<see cref="Runtime.Output.LogHistory"/>).
/// </summary>
internal static class LogWindowBuiltins
{
    private const string Category = "Output";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Get Log", GetLog);
        table.Add(Category, "Clear Log", c =>
        {
            c.RequireCount(0, 0);
            c.Interpreter.Log.History.Clear();
            return EmptyValue.Instance;
        });
        table.Add(Category, "Save Log", SaveLog);
        // Decision: the log (the terminal) is always open; Open Log and Close Log change nothing.
        table.Add(Category, "Is Log Open", c =>
        {
            c.RequireCount(0, 0);
            return NumberValue.One;
        });
        table.Add(Category, "Open Log", c =>
        {
            c.RequireCount(0, 1);
            if (c.Count == 1) c.Eval(0);
            return EmptyValue.Instance;
        });
        table.Add(Category, "Close Log", c =>
        {
            c.RequireCount(0, 0);
            return EmptyValue.Instance;
        });
    }

    /// <summary><c>Get Log(&lt;n&gt;)</c>: every line; the first n for n &gt; 0, the last |n| for n &lt; 0, none for 0.</summary>
    private static Value GetLog(CallContext c)
    {
        c.RequireCount(0, 1);
        var lines = c.Interpreter.Log.History.Lines;
        IEnumerable<string> chosen = lines;
        if (c.Count == 1)
        {
            var n = c.Number(0);
            if (double.IsNaN(n)) throw c.Error("Get Log needs a number of lines");
            var count = (int)Math.Min(Math.Abs(Math.Truncate(n)), lines.Count);
            chosen = n >= 0 ? lines.Take(count) : lines.Skip(lines.Count - count);
        }
        return new ListValue(chosen.Select(static l => (Value)new StringValue(l)));
    }

    /// <summary><c>Save Log(path)</c>: writes the log's lines to the file and returns its path.</summary>
    private static Value SaveLog(CallContext c)
    {
        c.RequireCount(1, 1);
        var path = PathResolver.Resolve(c, c.String(0));
        var text = new StringBuilder();
        foreach (var line in c.Interpreter.Log.History.Lines) text.Append(line).Append('\n');
        c.Limits.CheckString(text.Length, c.Call);
        try
        {
            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw c.Error($"cannot write \"{path}\": {e.Message}");
        }
        return new StringValue(path);
    }
}
