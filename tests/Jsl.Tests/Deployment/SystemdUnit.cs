namespace Jsl.Tests.Deployment;

/// <summary>
/// The few parts of a systemd unit file a test needs to run its service by hand: the
/// <c>[Service]</c> section's <c>ExecStart</c>, <c>Environment</c> and <c>SuccessExitStatus</c>,
/// with the specifiers <c>%i</c> (instance), <c>%H</c> (host name) and <c>%%</c> expanded.
/// Values with quotes are rejected rather than read wrongly: the shipped units need none.
/// </summary>
internal sealed record SystemdUnit(IReadOnlyList<string> ExecStart, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<int> SuccessExitStatus)
{
    public static SystemdUnit Parse(string text, string instance)
    {
        var service = Section(text, "Service");
        string Expand(string value) => value.Replace("%%", "\0", StringComparison.Ordinal).Replace("%i", instance, StringComparison.Ordinal)
            .Replace("%H", System.Environment.MachineName, StringComparison.Ordinal).Replace("\0", "%", StringComparison.Ordinal);
        var exec = service.Where(p => p.Key == "ExecStart").Select(p => p.Value).Single();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in service.Where(p => p.Key == "Environment").SelectMany(p => Words(p.Value)))
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            environment[assignment[..equals]] = Expand(assignment[(equals + 1)..]);
        }
        var success = service.Where(p => p.Key == "SuccessExitStatus").SelectMany(p => Words(p.Value)).Select(int.Parse).ToList();
        return new SystemdUnit(Words(exec).Select(Expand).ToList(), environment, success);
    }

    private static string[] Words(string value)
    {
        if (value.Contains('"', StringComparison.Ordinal) || value.Contains('\'', StringComparison.Ordinal))
        {
            throw new NotSupportedException("quoted unit values are not read by this test: " + value);
        }
        return value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The "Key=Value" lines of one section, in order, without comments.</summary>
    private static List<KeyValuePair<string, string>> Section(string text, string name)
    {
        var lines = new List<KeyValuePair<string, string>>();
        var inside = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                inside = line == "[" + name + "]";
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inside && equals > 0) lines.Add(new(line[..equals].Trim(), line[(equals + 1)..].Trim()));
        }
        return lines;
    }
}
