using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Classes;

/// <summary>
/// A class made by <c>Define Class</c>: its name, the names of its base classes, how its objects
/// print, and its own members in definition order (member values and methods, evaluated once when
/// the class is defined: they are the template every new object copies).
/// </summary>
public sealed class ClassDefinition(string name, IReadOnlyList<string> baseNames, ClassShowOptions show)
{
    private readonly List<KeyValuePair<Symbol, Value>> _members = [];

    /// <summary>The class name as given.</summary>
    public string Name { get; } = name;

    /// <summary>The base classes' names, in the order written.</summary>
    public IReadOnlyList<string> BaseNames { get; } = baseNames;

    /// <summary>What the default printed form includes.</summary>
    public ClassShowOptions Show { get; } = show;

    /// <summary>The class's own members (not inherited ones), in definition order.</summary>
    public IReadOnlyList<KeyValuePair<Symbol, Value>> Members => _members;

    /// <summary>Adds or replaces one of the class's own members.</summary>
    public void SetMember(Symbol name, Value value)
    {
        var index = _members.FindIndex(m => ReferenceEquals(m.Key, name));
        if (index >= 0) _members[index] = new(name, value);
        else _members.Add(new(name, value));
    }

    /// <summary>The class's own member <paramref name="name"/>, or null.</summary>
    public Value? OwnMember(Symbol name)
    {
        foreach (var member in _members)
        {
            if (ReferenceEquals(member.Key, name)) return member.Value;
        }
        return null;
    }
}
