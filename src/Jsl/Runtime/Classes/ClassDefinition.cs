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

    /// <summary>The class's own members (not inherited ones), in definition order.</summary>
    public IReadOnlyList<(Symbol Name, string Text, Value Value)> Members => _members;

    /// <summary>Adds or replaces one of the class's own members (<paramref name="text"/>: the name as written).</summary>
    public void SetMember(Symbol name, string text, Value value)
    {
        var index = _members.FindIndex(m => ReferenceEquals(m.Name, name));
        if (index >= 0) _members[index] = (name, _members[index].Text, value);
        else _members.Add((name, text, value));
    }

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
