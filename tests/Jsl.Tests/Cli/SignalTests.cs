using System.Diagnostics;
using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary>In script mode SIGINT ends the run with status 130 (docs/cli.md), even in the middle of a busy loop.</summary>
public sealed class SignalTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sigint_during_a_script_exits_130()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(JslProcess.CommandPath);
        info.ArgumentList.Add("-e");
        info.ArgumentList.Add("Print( \"ready\" ); k = 0; While( 1, k++ )");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start jsl");
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(Limit);
            Assert.Equal("\"ready\"", first);
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit(Limit);
            }
            await process.WaitForExitAsync().WaitAsync(Limit);
            Assert.Equal(130, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        Assert.DoesNotContain("   at ", await stderr, StringComparison.Ordinal);
    }
}
