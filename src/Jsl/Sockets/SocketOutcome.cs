using System.Net.Sockets;

namespace Jsl.Sockets;

/// <summary>
/// How one socket call ended, as data rather than text: success, a code of the catalogue, a
/// system error the catalogue has no code for, or a failure no socket call should give (an
/// exception of another kind). <see cref="SocketResult.Text"/> turns it into the status string
/// of a result list, JMP's words; nothing builds that string earlier.
/// </summary>
/// <param name="Code">The catalogue code; null for success and the two kinds below.</param>
/// <param name="Unlisted">A system error with no catalogue code (<see cref="SocketError.Success"/> otherwise).</param>
/// <param name="Unexpected">The type name of an unexpected failure, or null.</param>
internal readonly record struct SocketOutcome(SocketErrorCode? Code, SocketError Unlisted = SocketError.Success, string? Unexpected = null)
{
    /// <summary>Success: status <c>"ok"</c>.</summary>
    public static SocketOutcome Ok => default;

    /// <summary>True for success.</summary>
    public bool IsOk => Code is null && Unlisted == SocketError.Success && Unexpected is null;

    /// <summary>A catalogue code.</summary>
    public static SocketOutcome Of(SocketErrorCode code) => new(code);

    /// <summary>What <paramref name="error"/> from <paramref name="operation"/> means.</summary>
    public static SocketOutcome Of(SocketError error, SocketOperation operation) =>
        SocketErrorMapping.ToCode(error, operation) is { } code ? new(code) : new(null, error);

    /// <summary>What an exception a socket call threw means; never the exception itself.</summary>
    public static SocketOutcome Of(Exception exception, SocketOperation operation) => exception switch
    {
        SocketException socketException => Of(socketException.SocketErrorCode, operation),
        ObjectDisposedException => Of(SocketErrorCode.NotSock),
        // .NET's "you must call Bind first" and similar state complaints.
        InvalidOperationException => Of(SocketErrorCode.Inval),
        _ when Runtime.Descriptors.DescriptorExhaustion.Explains(exception) => Of(SocketErrorCode.MFile),
        _ => new(null, SocketError.Success, exception.GetType().Name),
    };
}
