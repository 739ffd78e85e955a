using System.Runtime.CompilerServices;

namespace Jsl.Runtime.Values;

/// <summary>
/// The associative-array keys told apart by identity rather than by their text: reference
/// objects with no value text of their own (sockets and the other scriptable objects, class
/// objects, namespaces). Each gets an ordinal the first time it is used as a key, so that such
/// keys have a fixed order among themselves.
/// Decision: JMP documents that keys "can be any JSL objects" but not how objects compare. Every
/// socket prints <c>Socket[STREAM]</c>, so comparing by text made all a server's clients one key
/// (<c>clients[skt] = state</c>); a reference object is the same key only as itself, as it is the
/// same object only as itself when assigned. Numbers, strings, lists, matrices and expressions
/// still compare by value. Object keys sort after every other key, in the order they first became
/// keys, not by their text: that text can change while the object is a key (a socket closes, an
/// object's members change), and a key order that moved would break <c>&lt;&lt; Next</c>.
/// </summary>
internal static class IdentityKeys
{
    private static readonly ConditionalWeakTable<Value, object> Ordinals = new();
    private static long _lastOrdinal;

    /// <summary>True for a value that is a key only as itself.</summary>
    public static bool Applies(Value value) => value is ObjectValue or NamespaceValue or Classes.ClassObject;

    /// <summary>The value's ordinal among identity keys, given on first request and kept for the value's life.</summary>
    public static long OrdinalOf(Value value) =>
        (long)Ordinals.GetValue(value, static _ => Interlocked.Increment(ref _lastOrdinal));
}
