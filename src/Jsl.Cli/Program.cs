using System.CommandLine;
using Jsl.Cli;

// The `jsl` command: a thin shell over Jsl.Engine. Scripts run on a thread with a large stack so
// that deeply recursive JSL functions hit JSL's own "Recursion too deep" error, not a crash.
return ScriptThread.Run(() => CommandLine.Run(args));
