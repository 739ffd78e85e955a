using System.Diagnostics;

namespace Jsl.Tests.Support;

/// <summary>Runs the built <c>jsl</c> command as a separate process, bounded in time.</summary>
public static class JslProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string CommandPath => Path.Combine(AppContext.BaseDirectory, "jsl.dll");

    public static Result Run(TimeSpan limit, params string[] args) => Run(limit, null, args);

    public static Result Run(TimeSpan limit, IDictionary<string, string>? environment, params string[] args) => RunWithInput(limit, environment, "", args);

    public static Result RunWithInput(TimeSpan limit, IDictionary<string, string>? environment, string input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CommandPath);
        foreach (var a in args) info.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (k, v) in environment) info.Environment[k] = v;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start jsl");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jsl {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
