using System.CommandLine;
using Jsl.Cli;

// The `jsl` command: a thin shell over Jsl.Engine. Scripts run on a thread with a large stack so
// that deeply recursive JSL functions hit JSL's own "Recursion too deep" error, not a crash.
// Socket completions only post to the script's queue, which is cheap and never blocks: let .NET
// run them on its I/O thread instead of hopping to the thread pool first (one thread switch
// less per background receive). Read by .NET when the first socket is used, so set it first.
Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
ConsoleStartup.Initialize();
return ScriptThread.Run(() => CommandLine.Run(args));
