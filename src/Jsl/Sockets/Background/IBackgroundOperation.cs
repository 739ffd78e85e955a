namespace Jsl.Sockets.Background;

/// <summary>
/// One armed background operation of a socket, whichever path finds its readiness (the loop's
/// epoll set or .NET's asynchronous calls). Disposing it ends it: nothing is delivered afterwards.
/// </summary>
internal interface IBackgroundOperation : IDisposable
{
    /// <summary>True from its start until it ends or is disposed.</summary>
    bool IsActive { get; }
}
