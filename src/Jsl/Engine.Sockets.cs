namespace Jsl;

/// <summary>Whether the engine's scripts may use the network.</summary>
/// <remarks>
/// Decision: the host's options are properties of the engine (as <see cref="Limits"/>,
/// <see cref="StepLimit"/>, <see cref="Cancellation"/> and <see cref="TraceSockets"/> already
/// were) rather than a separate options object: one type to learn, and each option documented
/// where it is set.
/// </remarks>
public sealed partial class Engine
{
    /// <summary>
    /// Whether scripts may make sockets and look names up (true by default). When false,
    /// <c>Socket()</c>, <c>Get Addr Info()</c> and <c>Get Name Info()</c> fail with the JSL error
    /// <c>NAME: the host turned sockets off</c>. Set it before running scripts: sockets made
    /// before stay usable until closed.
    /// </summary>
    public bool SocketsEnabled
    {
        get => !_interpreter.State.SocketsDisabled;
        set => _interpreter.State.SocketsDisabled = !value;
    }
}
