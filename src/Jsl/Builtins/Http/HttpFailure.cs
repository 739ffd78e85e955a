using System.Net.Sockets;
using System.Security.Authentication;

namespace Jsl.Builtins.Http;

/// <summary>
/// Connection statuses for requests no server answered. JMP sends with libcurl and documents that
/// Get Status is "the connection status" when there is a connection error; these are curl's codes
/// and messages for the failures System.Net.Http reports, so scripts that test for them keep working.
/// </summary>
internal static class HttpFailure
{
    /// <summary>CURLE_UNSUPPORTED_PROTOCOL.</summary>
    public const int UnsupportedProtocol = 1;

    /// <summary>CURLE_URL_MALFORMAT.</summary>
    public const int MalformedUrl = 3;

    /// <summary>CURLE_COULDNT_RESOLVE_HOST.</summary>
    public const int CouldNotResolveHost = 6;

    /// <summary>CURLE_COULDNT_CONNECT.</summary>
    public const int CouldNotConnect = 7;

    /// <summary>CURLE_OPERATION_TIMEDOUT.</summary>
    public const int TimedOut = 28;

    public const int ReceiveError = 56;

    /// <summary>CURLE_PEER_FAILED_VERIFICATION.</summary>
    public const int CertificateRejected = 60;

    /// <summary>CURLE_READ_ERROR (a body file that cannot be read).</summary>
    public const int ReadError = 26;

    /// <summary>curl's message for a code.</summary>
    public static string Message(int code) => code switch
    {
        UnsupportedProtocol => "Unsupported protocol",
        MalformedUrl => "URL using bad/illegal format or missing URL",
        CouldNotResolveHost => "Couldn't resolve host name",
        CouldNotConnect => "Couldn't connect to server",
        TimedOut => "Timeout was reached",
        ReceiveError => "Failure when receiving data from the peer",
        CertificateRejected => "SSL peer certificate or SSH remote key was not OK",
        ReadError => "Failed to open/read local data from file/application",
        _ => "Unknown error",
    };

    /// <summary>The code for an exception System.Net.Http raised while sending.</summary>
    public static int Classify(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                    return CouldNotResolveHost;
                case SocketException { SocketErrorCode: SocketError.TimedOut }:
                    return TimedOut;
                case SocketException s when s.SocketErrorCode is SocketError.ConnectionRefused or SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.AddressNotAvailable:
                    return CouldNotConnect;
                case AuthenticationException:
                    return CertificateRejected;
                case IOException or SocketException:
                    return ReceiveError;
            }
        }
        return e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } ? CouldNotConnect : ReceiveError;
    }
}
