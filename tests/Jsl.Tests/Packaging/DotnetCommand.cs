using System.Diagnostics;

namespace Jsl.Tests.Packaging;

/// <summary>
/// Runs <c>dotnet</c> (or an installed tool) as a child of the test, bounded in time, with the
/// MSBuild variables that <c>dotnet test</c> leaves in the environment removed (a nested build
/// that inherits them builds against the outer one's settings) and no build servers left behind
/// (a reused MSBuild node or compiler server would hold the output pipes open after the exit).
/// </summary>
internal static class DotnetCommand
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan limit, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + program);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            throw new TimeoutException($"{program} {string.Join(' ', info.ArgumentList)} did not finish within {limit.TotalSeconds} s");
        }
        process.WaitForExit();
        var streams = Task.WhenAll(stdout, stderr);
        if (!streams.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"{program} exited but its output stayed open (a server process left behind?)");
        }
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
