using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Classes;

/// <summary>
/// A class made by <c>Define Class</c>: its name, the names of its base classes, how its objects
/// print, and its own members in definition order (member values and methods, evaluated once when
/// the class is defined: they are the template every new object copies).
/// </summary>
internal sealed class ClassDefinition(string name, IReadOnlyList<string> baseNames, ClassShowOptions show)
{
    private readonly List<(Symbol Name, string Text, Value Value)> _members = [];

    /// <summary>The class name as given.</summary>
    public string Name { get; } = name;

    /// <summary>The base classes' names, in the order written.</summary>
    public IReadOnlyList<string> BaseNames { get; } = baseNames;

    /// <summary>What the default printed form includes.</summary>
    public ClassShowOptions Show { get; } = show;

    /// <summary>The members its objects start with, as last flattened (see <see cref="ClassRegistry.TemplateOf"/>); null before the first object.</summary>
    internal ClassTemplate? Template { get; set; }

    // Where each member of its objects was last found in an object's table, by the bucket of the
    // member name's bit (Symbol.Bit): objects of a class mostly lay their members out alike (a
    // template's copy), so one remembered slot answers most lookups with one compare. A slot is only
    // a hint: it is checked against the name, so a removal, an added member or a bucket shared by
    // two names costs a search, never a wrong answer.
    private readonly byte[] _memberSlots = new byte[64];

    /// <summary>The remembered slot of <paramref name="name"/> in its objects' member tables (a hint to check, see <see cref="ClassObject.TryGetMember"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal ref byte MemberSlot(Symbol name) => ref _memberSlots[System.Numerics.BitOperations.TrailingZeroCount(name.Bit) & 63];

    /// <summary>The class's own members (not inherited ones), in definition order.</summary>
    public IReadOnlyList<(Symbol Name, string Text, Value Value)> Members => _members;

    /// <summary>Adds or replaces one of the class's own members (<paramref name="text"/>: the name as written).</summary>
    public void SetMember(Symbol name, string text, Value value)
    {
        var index = _members.FindIndex(m => ReferenceEquals(m.Name, name));
        if (index >= 0) _members[index] = (name, _members[index].Text, value);
        else _members.Add((name, text, value));
    }

    /// <summary>True when objects of the class start with a member <paramref name="name"/> (the class's own, or a base class's as last flattened).</summary>
    internal bool HasMemberName(Symbol name) => OwnMember(name) is not null || (Template?.HasMember(name) ?? false);

    /// <summary>The class's own member <paramref name="name"/>, or null.</summary>
    public Value? OwnMember(Symbol name)
    {
        foreach (var member in _members)
        {
            if (ReferenceEquals(member.Name, name)) return member.Value;
        }
        return null;
    }
}
