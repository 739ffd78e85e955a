namespace Jsl.Tests.ThirdParty;

/// <summary>
/// The events hamcrest_census.jsl writes (<c>@@census, kind, file, suite, case, detail</c>, one per
/// assertion event), grouped by test case: the file that ran it (two files reuse a suite and
/// case name), the suite and the case's name.
/// </summary>
internal sealed class HamcrestCensus
{
    private HamcrestCensus(Dictionary<string, List<(string Kind, string Detail)>> cases, int declaredEvents)
    {
        Cases = cases;
        DeclaredEvents = declaredEvents;
    }

    /// <summary>Events by case key (<c>file | suite | case</c>), in the order they ran.</summary>
    public Dictionary<string, List<(string Kind, string Detail)>> Cases { get; }

    /// <summary>The event count the script wrote at its end (to check no line was lost).</summary>
    public int DeclaredEvents { get; }

    /// <summary>Every event of every case.</summary>
    public int EventCount => Cases.Values.Sum(e => e.Count);

    /// <summary>True when a case had no failure and no unexpected throw.</summary>
    public bool Passed(string key) => Cases[key].All(e => e.Kind is "success" or "skip");

    /// <summary>The first failure or throw of a case, for messages.</summary>
    public string FirstProblem(string key) => Cases[key].Where(e => e.Kind is not ("success" or "skip")).Select(e => $"{e.Kind}: {e.Detail}").FirstOrDefault() ?? "";

    /// <summary>Reads the census lines of <paramref name="output"/>; file paths are made relative to <paramref name="testsFolder"/>.</summary>
    public static HamcrestCensus Parse(string output, string testsFolder)
    {
        var cases = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var declared = -1;
        var prefix = testsFolder.TrimEnd('/') + "/";
        foreach (var line in output.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields[0] == "@@census-end" && fields.Length > 1) declared = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            if (fields[0] != "@@census" || fields.Length < 5) continue;
            var file = fields[2].StartsWith(prefix, StringComparison.Ordinal) ? fields[2][prefix.Length..] : fields[2];
            var key = $"{file} | {fields[3]} | {fields[4]}";
            if (!cases.TryGetValue(key, out var events)) cases[key] = events = [];
            events.Add((fields[1], fields.Length > 5 ? fields[5] : ""));
        }
        return new HamcrestCensus(cases, declared);
    }
}
