using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Classes;

/// <summary>
/// The members a new object of a class starts with, flattened once from the class and its base
/// classes (each base's own bases first, in the order written, then the class's own members):
/// one entry per name, at the place its name first appeared, spelled as it first appeared, with
/// the value written last. Each <c>New Object</c> then copies this table instead of walking the
/// hierarchy and adding members one at a time. A template belongs to one state of a registry
/// (<see cref="ClassRegistry.Version"/>): defining or deleting any class makes it stale, since a
/// base class found by name may have changed.
/// </summary>
internal sealed class ClassTemplate
{
    private static readonly Symbol InitSymbol = Symbol.Intern("_init_");

    private readonly VariableTable _members = new();
    private readonly List<KeyValuePair<Symbol, string>> _keys = [];

    // The members whose values each object gets its own copy of (lists, matrices, associative
    // arrays): the others are immutable or shared by reference anyway (numbers, strings, methods).
    private readonly List<(Symbol Name, Value Value)> _copied = [];

    private ClassTemplate(ClassRegistry registry, ClassDefinition definition)
    {
        Registry = registry;
        Version = registry.Version;
        Definition = definition;
    }

    /// <summary>The registry whose classes this template was flattened from.</summary>
    public ClassRegistry Registry { get; }

    /// <summary>The registry's <see cref="ClassRegistry.Version"/> when the template was made.</summary>
    public int Version { get; }

    /// <summary>The class the template makes objects of.</summary>
    public ClassDefinition Definition { get; }

    /// <summary>The class's <c>_init_</c> as a new object has it (its own, else the nearest base class's); null when none is a method.</summary>
    public FunctionValue? Init { get; private set; }

    /// <summary>True when the template was made from <paramref name="registry"/> and no class of it has been defined or deleted since.</summary>
    public bool IsCurrentIn(ClassRegistry registry) => ReferenceEquals(Registry, registry) && Version == registry.Version;

    /// <summary>True when a new object gets a member <paramref name="name"/>.</summary>
    public bool HasMember(Symbol name) => _members.Contains(name);

    /// <summary>The member names in order, with their spellings; shared by new objects until one changes its members.</summary>
    internal List<KeyValuePair<Symbol, string>> Keys => _keys;

    /// <summary>
    /// Flattens <paramref name="definition"/>'s members; an unknown base class is an error at
    /// <paramref name="at"/>, as when an object's members were copied one class at a time.
    /// </summary>
    public static ClassTemplate Build(ClassRegistry registry, ClassDefinition definition, Node at)
    {
        var template = new ClassTemplate(registry, definition);
        template.Add(registry, definition, at);
        foreach (var (name, _) in template._keys)
        {
            template._members.TryGet(name, out var value);
            if (!IsShared(value!)) template._copied.Add((name, value!));
        }
        template.Init = template._members.TryGet(InitSymbol, out var init) ? init as FunctionValue : null;
        return template;
    }

    private void Add(ClassRegistry registry, ClassDefinition definition, Node at)
    {
        foreach (var baseClass in ClassHierarchy.Bases(registry, definition, at)) Add(registry, baseClass, at);
        foreach (var (name, text, value) in definition.Members)
        {
            if (!_members.Contains(name)) _keys.Add(new(name, text));
            _members.Set(name, value);
        }
    }

    // Value.CopyForAssignment gives the value itself for these kinds (they do not override it), so
    // an object may share them with the class; every other kind is copied per object.
    private static bool IsShared(Value value) => value is NumberValue or StringValue or FunctionValue;

    /// <summary>
    /// A new table of the template's members for one object. Decision: every object starts with its
    /// own copy of each member's value, associative arrays included (they are otherwise shared on
    /// assignment), as if the class body ran again for each New Object: a member written
    /// <c>counts = [=&gt;]</c> filled by one object is not filled for the next (jsl-hamcrest's
    /// JUnit reporter keeps its results so, one reporter per test).
    /// </summary>
    public VariableTable NewMembers()
    {
        var members = new VariableTable(_members);
        foreach (var (name, value) in _copied)
        {
            members.TryReplace(name, value is AssociativeArrayValue array ? array.DeepClone() : value.CopyForAssignment());
        }
        return members;
    }
}
