using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// <c>Ioctl(FIONBIO, 0|1)</c> → <c>{"ioctl","ok"}</c>; <c>Ioctl(FIONREAD)</c> →
    /// <c>{"ioctl","ok",n}</c>. Before the operating-system socket exists: NOTCONN, nothing
    /// changes (spec §2).
    /// </summary>
    private ListValue Ioctl(CallContext c)
    {
        const string Name = "ioctl";
        SocketArguments.RequireArg(c, 0, "Ioctl", "the command (FIONBIO or FIONREAD)");
        SocketArguments.AtMost(c, 2, "Ioctl");
        var command = IoctlCommand(c);
        var nonBlocking = false;
        if (command == "FIONBIO")
        {
            SocketArguments.RequireArg(c, 1, "Ioctl", "the FIONBIO value (0 or 1)");
            if (c.Eval(1) is not NumberValue { IsMissing: false } flag) throw c.Error("Ioctl: the FIONBIO value must be 0 or 1");
            nonBlocking = flag.Value != 0;
        }
        else if (c.Count > 1)
        {
            throw c.Error("Ioctl: FIONREAD takes no value");
        }

        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (handle is null) return SocketResult.Error(Name, SocketErrorCode.NotConn);
        if (command == "FIONBIO")
        {
            blocking = !nonBlocking;
            return SocketResult.Ok(Name);
        }
        return SocketResult.Ok(Name, NumberValue.Of(handle.Available));
    }

    private static string IoctlCommand(CallContext c) =>
        SocketArguments.Keyword(c, 0, "FIONBIO", "FIONREAD") ?? throw c.Error("Ioctl: the command must be FIONBIO or FIONREAD");
}
