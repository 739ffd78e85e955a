using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Jsl.Cli;

/// <summary><c>jsl --help</c>: System.CommandLine's own help, then the exit statuses and the environment variables jsl reads.</summary>
internal sealed class HelpWithStatuses(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Kept in step with docs/cli.md: a test checks that every status and variable listed here is documented there.</summary>
    internal const string Epilogue = """
        Forms:
          jsl [OPTIONS] FILE [ARGS...]   options come before the script; -- ends them; ARGS go to the script
          jsl [OPTIONS] -                the script is read from standard input (also when stdin is piped and no FILE is given)
          jsl check PATH...              parse only; a folder means every .jsl file below it

        Exit status:
          0    the script ran to its end (and every background callback it armed), or called Stop() / Quit()
          n    the script called Quit(n) or Exit(n), n from 0 to 255 (a jsl extension)
          1    a syntax error, a run-time error the script did not catch, or an error in a background callback
          2    a usage error (an unknown option, a missing option value, a bad --allow-net / --deny-net rule or --timeout)
          124  the run timed out (--timeout; every socket is closed first)
          130  interrupted by SIGINT (every socket is closed first)
          143  terminated by SIGTERM (every socket is closed first)

        Environment variables:
          HOME           the home folder: $HOME, $DOCUMENTS, $DESKTOP, $DOWNLOADS
          XDG_DATA_HOME  $USER_APPDATA is $XDG_DATA_HOME/jsl (else ~/.local/share/jsl)
          TMPDIR         $TEMP, the temporary folder (else /tmp)
          JSL_HISTORY    the interactive prompt's history file (else ~/.jsl_history; empty: none kept)
          any other      read by a script with Get Environment Variable(name)
        """;

    public override int Invoke(ParseResult parseResult)
    {
        var status = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Epilogue);
        }
        return status;
    }
}
