using Jsl.Builtins;
using Jsl.Runtime.Output;

namespace Jsl.Tests.Builtins.Catalog;

/// <summary>
/// Every built-in called with 0 to 3 arguments of a few awkward kinds: whatever it does, an error
/// is a JSL error in JSL's words, never a .NET exception and never a .NET message (a built-in that
/// indexes its arguments without counting them, a number conversion that overflows).
/// </summary>
public sealed class BuiltinArgumentSweepTests
{
    /// <summary>The argument kinds: missing, a huge number either side of 0, a string, a list, an empty list.</summary>
    private static readonly string[] Kinds = [".", "1e308", "-1e308", "\"s\"", "{1, \"a\"}", "{}"];

    /// <summary>
    /// Built-ins the sweep does not call, each for its reason. Everything else is called.
    /// </summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        // Loops: For(1, 1, 1e308) or While(1e308) run forever by design.
        "For", "For Each", "While",
        // Block or arm timers: Wait(1e308) sleeps, Schedule arms work for later.
        "Wait", "Schedule",
        // Touch the machine: the file system and the environment.
        "Convert File Path", "Copy File", "Create Directory", "Creation Date", "Delete Directory", "Delete File",
        "Directory Exists", "File Exists", "File Size", "Files In Directory", "Get Default Directory",
        "Get Environment Variable", "Get Path Variable", "Include", "Include File List", "Is Directory", "Is File",
        "Last Modification Date", "Load Text File", "Move File", "Rename File", "Save Text File",
        "Set Default Directory", "Set Path Variable",
        // Touch the network: name resolution and sockets.
        "Get Addr Info", "Get Name Info", "Socket",
        // Asks the host about itself (processes, languages).
        "System Service",
    };

    /// <summary>
    /// Call forms the sweep does not make, as (name, argument count). Left and Right with a filler
    /// pad up to the count: Left({1, "a"}, 1e308, .) builds a list of 100,000,000 items, which is the
    /// work on resource limits (caps on string, list and matrix sizes), not a message to fix here.
    /// </summary>
    private static readonly HashSet<(string Name, int Count)> SkippedForms = [("Left", 3), ("Right", 3)];

    /// <summary>Pieces of .NET's own exception messages: none may reach a JSL error.</summary>
    private static readonly string[] DotNetMessages =
    [
        "Index was out of range", "Parameter", "Value cannot be null", "Object reference", "Specified argument",
        "cannot be greater than", "Arithmetic operation resulted in an overflow", "Input string was not in a correct format",
        "Unable to cast", "Sequence contains", "must be non-negative", "Non-negative number required",
        "Exception of type", "The given key", "Nullable object", "Array dimensions exceeded", "Destination array",
        "was out of range", "must be less than", "must be greater than", "Capacity", "System.",
    ];

    /// <summary>The longest one call may take: the calls are tiny, so more means a hang.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_builtin_fails_only_with_JSL_errors()
    {
        var names = BuiltinCatalog.CreateDefault().Entries.Select(e => e.DisplayName)
            .Where(n => !Skipped.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(names.Count > 300, $"only {names.Count} built-ins found");
        var problems = new List<string>();
        foreach (var name in names)
        {
            var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
            foreach (var args in ArgumentLists())
            {
                if (SkippedForms.Contains((name, args.Length))) continue;
                var call = $"{name}({string.Join(", ", args)})";
                var problem = Problem(engine, call);
                if (problem is null) continue;
                problems.Add($"{call}: {problem}");
                if (problem.StartsWith("took longer", StringComparison.Ordinal)) break;
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} calls failed badly:\n" + string.Join("\n", problems.Take(60)));
    }

    private static IEnumerable<string[]> ArgumentLists()
    {
        yield return [];
        foreach (var a in Kinds)
        {
            yield return [a];
            foreach (var b in Kinds)
            {
                yield return [a, b];
                foreach (var c in Kinds) yield return [a, b, c];
            }
        }
    }

    /// <summary>What is wrong with running <paramref name="call"/>, or null when it ran or failed as a JSL error should.</summary>
    private static string? Problem(Engine engine, string call)
    {
        var run = Task.Run(() => engine.Evaluate(call));
        try
        {
            if (!run.Wait(Budget)) return $"took longer than {Budget.TotalSeconds} s";
            return null;
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is JslScriptException e)
        {
            var leaked = DotNetMessages.FirstOrDefault(m => e.Message.Contains(m, StringComparison.Ordinal));
            return leaked is null ? null : $"a .NET message ({leaked}): {e.Message}";
        }
        catch (AggregateException wrapped)
        {
            var e = wrapped.InnerException!;
            return $"{e.GetType().Name} escaped: {e.Message}";
        }
    }
}
