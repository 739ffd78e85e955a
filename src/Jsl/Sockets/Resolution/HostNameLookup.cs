namespace Jsl.Sockets.Resolution;

/// <summary>The outcome of a reverse lookup: the host name, or the classified failure.</summary>
internal readonly record struct HostNameLookup
{
    private HostNameLookup(string hostName, SocketErrorCode? error)
    {
        HostName = hostName;
        Error = error;
    }

    /// <summary>The host name; empty when <see cref="Error"/> is set.</summary>
    public string HostName { get; }

    /// <summary>The classified failure, or <c>null</c> on success.</summary>
    public SocketErrorCode? Error { get; }

    /// <summary>True when a name was found.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A successful lookup.</summary>
    public static HostNameLookup Found(string hostName)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostName);
        return new HostNameLookup(hostName, null);
    }

    /// <summary>A failed lookup.</summary>
    public static HostNameLookup Failed(SocketErrorCode error) => new("", error);
}
