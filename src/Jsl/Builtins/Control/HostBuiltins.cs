using System.Runtime.InteropServices;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Control;

/// <summary>
/// What a script asks about the program running it: <c>JMP Version</c>, <c>Host Is</c>,
/// <c>System Service</c>, <c>Get Window List</c>, and the current row, <c>Row()</c>, which works without a data table.
/// docs/host.md says what jsl answers.
/// </summary>
internal static class HostBuiltins
{
    private const string Category = "Host";

    /// <summary>
    /// Decision: jsl follows the Scripting Index of JMP 19.0, so it reports that version; scripts
    /// that test <c>Num(Word(1, JMP Version(), "."))</c> for features take the JMP 19 paths.
    /// </summary>
    public const string ReportedJmpVersion = "19.0.0";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "JMP Version", c =>
        {
            c.RequireCount(0, 0);
            return new StringValue(ReportedJmpVersion);
        });
        table.Add(Category, "Host Is", HostIs);
        table.Add(Category, "System Service", SystemService);
        // Decision: jsl has no windows, so the list is always empty whatever Project(...) or Type(...) asks for.
        table.Add(Category, "Get Window List", _ => new ListValue([]));
        table.Add(Category, "Row", c =>
        {
            c.RequireCount(0, 0);
            return NumberValue.Of(CurrentRow.Of(c.Interpreter).Row);
        });
        table.SetAssigner("Row", static (c, value) =>
        {
            c.RequireCount(0, 0);
            if (value is not NumberValue { Value: var row } || double.IsNaN(row) || row < 0 || row != Math.Floor(row))
            {
                throw c.Error("Row() can only be set to a whole number, 0 or more");
            }
            CurrentRow.Of(c.Interpreter).Row = row;
        });
    }

    /// <summary>
    /// <c>Host Is(name)</c>, case-insensitive. Decision: besides the Index's names, <c>"Linux"</c>
    /// (our extension: jsl runs there too); an unknown name is an error rather than a silent 0.
    /// </summary>
    private static Value HostIs(CallContext c)
    {
        var name = c.String(0);
        bool? answer = name.ToLowerInvariant() switch
        {
            "windows" => OperatingSystem.IsWindows(),
            "mac" => OperatingSystem.IsMacOS(),
            "linux" => OperatingSystem.IsLinux(),
            "bits64" => Environment.Is64BitProcess,
            "bits32" => !Environment.Is64BitProcess,
            "x86_64" => RuntimeInformation.ProcessArchitecture == Architecture.X64,
            "arm64" => RuntimeInformation.ProcessArchitecture == Architecture.Arm64,
            _ => null,
        };
        return answer is bool b
            ? NumberValue.Of(b ? 1 : 0)
            : throw c.Error($"Host Is: unknown host \"{name}\" (Windows, Mac, Linux, Bits32, Bits64, x86_64 or arm64)");
    }

    /// <summary>
    /// <c>System Service(Get Language Code)</c>: the code of the language JMP's messages are in
    /// (JMP answers <c>"en"</c>, <c>"de"</c>, <c>"es"</c>, <c>"fr"</c>, <c>"it"</c>, <c>"ja"</c>,
    /// <c>"ko"</c> or <c>"zh-CN"</c>). The service is named, not evaluated; a string names it too.
    /// Decision: always <c>"en"</c> whatever the machine's locale, because every message and format
    /// jsl prints is English, and scripts (jsl-hamcrest's localized expected messages) use the code
    /// to choose which text to compare against. The Scripting Index does not list this function,
    /// so only the language service is provided; any other service is an error naming it.
    /// </summary>
    private static Value SystemService(CallContext c)
    {
        var service = c.ArgNode(0) switch
        {
            Jsl.Syntax.Tree.NameNode { Scope: Jsl.Syntax.Tree.NameScope.Unqualified } name => name.Text,
            _ => c.String(0),
        };
        return string.Equals(service.Replace(" ", ""), "GetLanguageCode", StringComparison.OrdinalIgnoreCase)
            ? new StringValue("en")
            : throw c.Error($"System Service: unknown service \"{service}\" (jsl provides Get Language Code)");
    }
}
