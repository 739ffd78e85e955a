using System.Net.Sockets;
using Jsl.Runtime.Descriptors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Sockets.Objects;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets;

/// <summary>
/// Registers <c>Socket()</c>, <c>Get Addr Info()</c> and <c>Get Name Info()</c>. Their argument counts are
/// checked before they run, against BuiltinSignatures.txt.
/// </summary>
internal static class SocketBuiltins
{
    private const string Category = "Sockets";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Socket", NewSocket);
        table.Add(Category, "Get Addr Info", GetAddrInfo);
        table.Add(Category, "Get Name Info", GetNameInfo);
        SocketValue.RegisterMessages(table.Messages);
    }

    /// <summary><c>Socket(&lt;STREAM|DGRAM&gt;, &lt;IPV4|IPV6&gt;)</c>: bare names or strings, in either order.</summary>
    private static Value NewSocket(CallContext c)
    {
        RequireSocketsOn(c, "Socket");
        var kind = SocketKind.Stream;
        var family = AddressFamily.Unspecified;
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsEmptyArg(i)) continue;
            switch (SocketArguments.Keyword(c, i, "STREAM", "DGRAM", "IPV4", "IPV6"))
            {
                case "STREAM":
                    kind = SocketKind.Stream;
                    break;
                case "DGRAM":
                    kind = SocketKind.Datagram;
                    break;
                case "IPV4":
                    family = AddressFamily.InterNetwork;
                    break;
                case "IPV6":
                    family = AddressFamily.InterNetworkV6;
                    break;
                default:
                    throw c.Error("Socket: expected STREAM or DGRAM, then IPV4 or IPV6");
            }
        }
        return new SocketValue(SocketRuntime.For(c.Interpreter), kind, family);
    }

    /// <summary><c>Get Addr Info(name, &lt;port&gt;)</c> → <c>{"Get Addr Info","ok",{"PF_INET","SOCK_0","IPPROTO_0","127.0.0.1","80"}, ...}</c>.</summary>
    private static Value GetAddrInfo(CallContext c)
    {
        RequireSocketsOn(c, AddressInfoBuilder.GetAddrInfoName);
        var name = SocketArguments.Host(c, 0, AddressInfoBuilder.GetAddrInfoName);
        var runtime = SocketRuntime.For(c.Interpreter);
        var port = SocketArguments.OptionalPort(c, 1, AddressInfoBuilder.GetAddrInfoName, runtime.Resolver, ProtocolType.Tcp);
        return Lookup(AddressInfoBuilder.GetAddrInfoName, runtime, token => AddressInfoBuilder.GetAddrInfoAsync(runtime.Resolver, name, port, token), c.Call);
    }

    /// <summary><c>Get Name Info(address, &lt;port&gt;)</c> → <c>{"Get Name Info","ok",{"PF_INET","SOCK_0","IPPROTO_0","localhost","0"}}</c>.</summary>
    private static Value GetNameInfo(CallContext c)
    {
        RequireSocketsOn(c, AddressInfoBuilder.GetNameInfoName);
        var address = SocketArguments.Host(c, 0, AddressInfoBuilder.GetNameInfoName);
        var runtime = SocketRuntime.For(c.Interpreter);
        var port = SocketArguments.OptionalPort(c, 1, AddressInfoBuilder.GetNameInfoName, runtime.Resolver, ProtocolType.Tcp);
        return Lookup(AddressInfoBuilder.GetNameInfoName, runtime, token => AddressInfoBuilder.GetNameInfoAsync(runtime.Resolver, address, port, token), c.Call);
    }

    /// <summary>
    /// Runs a lookup on the script's thread (ended by the host's cancellation). With no descriptor
    /// left, .NET may fail before the resolver is even reached (loading System.Net.NameResolution,
    /// say): that is MFILE too, a status like any other network failure (spec §1), not a JSL error.
    /// </summary>
    private static ListValue Lookup(string name, SocketRuntime runtime, Func<CancellationToken, ValueTask<AddressInfoResult>> lookup, Jsl.Syntax.Tree.Node at)
    {
        AddressInfoResult result;
        try
        {
            result = runtime.Lookup(lookup, at);
        }
        catch (Exception e) when (e is not Runtime.Errors.JslException && DescriptorExhaustion.Explains(e))
        {
            result = AddressInfoResult.Failed(SocketErrorCode.MFile);
        }
        return ToList(name, result);
    }

    /// <summary>
    /// Fails at the call when the host turned sockets off. Decision: an error, not a status list
    /// (the network is not failing; the script may not use it), and the functions stay in the
    /// table, so the script hears why instead of "Name Unresolved"; sockets made before the host
    /// turned them off keep working until closed.
    /// </summary>
    private static void RequireSocketsOn(CallContext c, string name)
    {
        if (c.Interpreter.State.SocketsDisabled) throw c.Error($"{name}: the host turned sockets off");
    }

    private static ListValue ToList(string name, AddressInfoResult result)
    {
        var items = new List<Value> { new StringValue(name), new StringValue(result.Status) };
        foreach (var entry in result.Entries)
        {
            items.Add(new ListValue(entry.ToItems().Select(static text => (Value)new StringValue(text))));
        }
        return new ListValue(items);
    }
}
