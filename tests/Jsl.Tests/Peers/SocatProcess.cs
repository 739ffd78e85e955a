using System.Globalization;

namespace Jsl.Tests.Peers;

/// <summary>
/// socat for UDP exchanges with a jsl script. Each helper bounds socat itself with <c>-T</c>
/// (inactivity timeout) and the caller's waits; disposing kills it. Call from a
/// <c>[SkippableFact]</c>: a missing socat skips.
/// </summary>
internal static class SocatProcess
{
    /// <summary>
    /// Receives one datagram on <c>127.0.0.1:port</c> and prints it on standard output:
    /// <c>socat -T SECONDS -u UDP-RECVFROM:PORT,bind=127.0.0.1 STDOUT</c>.
    /// Read the data from <see cref="PeerProcess.StandardOutput"/> after it exits.
    /// </summary>
    public static PeerProcess ReceiveOneDatagram(int port, TimeSpan inactivity) =>
        Start("-T" + Seconds(inactivity), "-u", $"UDP-RECVFROM:{Port(port)},bind=127.0.0.1", "STDOUT");

    /// <summary>
    /// Sends <paramref name="data"/> as one datagram to <c>host:port</c>:
    /// <c>socat -u STDIN UDP-SENDTO:HOST:PORT</c>.
    /// </summary>
    public static PeerProcess SendDatagram(string host, int port, string data) =>
        StartWithInput(data, "-u", "STDIN", $"UDP-SENDTO:{host}:{Port(port)}");

    /// <summary>
    /// Echoes every datagram back to its sender until disposed (one forked child per datagram):
    /// <c>socat -T30 UDP-RECVFROM:PORT,bind=127.0.0.1,fork PIPE</c>.
    /// </summary>
    public static PeerProcess EchoDatagrams(int port) =>
        Start("-T30", $"UDP-RECVFROM:{Port(port)},bind=127.0.0.1,fork", "PIPE");

    /// <summary>Runs socat with any arguments.</summary>
    public static PeerProcess Start(params string[] arguments) => StartWithInput(null, arguments);

    private static PeerProcess StartWithInput(string? input, params string[] arguments) =>
        PeerProcess.Start(PeerPrograms.Require("socat"), arguments, input);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
