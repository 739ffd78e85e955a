using Jsl.Runtime.Evaluation;

namespace Jsl.Runtime.Classes;

/// <summary>
/// The classes defined in one run, by name (case- and whitespace-insensitive, as JSL names are),
/// kept in the run's state. Base classes are looked up here by name when an object is
/// made, so redefining a base class changes the objects made afterwards.
/// </summary>
internal sealed class ClassRegistry
{
    private readonly Dictionary<string, ClassDefinition> _classes = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The registry of <paramref name="interpreter"/>, made on first use.</summary>
    public static ClassRegistry Of(Interpreter interpreter) => interpreter.State.Classes;

    private static string Key(string name) => Syntax.Symbol.CanonicalKey(name);

    /// <summary>
    /// Changes whenever a class is defined, redefined or deleted, so that what was found from the
    /// classes before (a call site's class, a template flattened through base classes found by
    /// name) can tell it is stale.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>Defines (or redefines) a class.</summary>
    public void Define(ClassDefinition definition)
    {
        var key = Key(definition.Name);
        if (!_classes.ContainsKey(key)) _order.Add(key);
        _classes[key] = definition;
        Version++;
    }

    /// <summary>Finds a class by name; null when there is none.</summary>
    public ClassDefinition? Find(string name) => _classes.GetValueOrDefault(Key(name));

    /// <summary>Finds a class by an interned name (its key is already folded); null when there is none.</summary>
    public ClassDefinition? Find(Syntax.Symbol name) => _classes.GetValueOrDefault(name.Key);

    /// <summary>
    /// The members new objects of <paramref name="definition"/> start with, flattened from the
    /// classes as they are now (made again after any class is defined or deleted); an unknown
    /// base class is an error at <paramref name="at"/>.
    /// </summary>
    public ClassTemplate TemplateOf(ClassDefinition definition, Syntax.Tree.Node at)
    {
        if (definition.Template is { } kept && kept.IsCurrentIn(this)) return kept;
        var made = ClassTemplate.Build(this, definition, at);
        definition.Template = made;
        return made;
    }

    /// <summary>Removes a class; true when it existed.</summary>
    public bool Remove(string name)
    {
        var key = Key(name);
        _order.Remove(key);
        Version++;
        return _classes.Remove(key);
    }

    /// <summary>Removes every class.</summary>
    public void Clear()
    {
        _classes.Clear();
        _order.Clear();
        Version++;
    }

    /// <summary>The classes in the order they were first defined.</summary>
    public IEnumerable<ClassDefinition> All => _order.Select(k => _classes[k]);
}
