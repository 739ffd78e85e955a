using Jsl.Runtime.Errors;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Classes;

/// <summary>Walks base classes (looked up by name in the registry): checks them, finds what <c>super</c> names.</summary>
internal static class ClassHierarchy
{
    /// <summary>The base classes of <paramref name="definition"/>; an unknown one is an error at <paramref name="at"/>.</summary>
    public static IEnumerable<ClassDefinition> Bases(ClassRegistry registry, ClassDefinition definition, Node at) =>
        definition.BaseNames.Select(name => registry.Find(name) ?? throw new JslRuntimeError($"Unknown base class \"{name}\" of class \"{definition.Name}\"", at));

    /// <summary>
    /// Fails when following base classes from <paramref name="definition"/> comes back to a class
    /// already on the path. Decision: base classes not defined yet are skipped: a class may name a base class
    /// defined after it (jsl-hamcrest's files define UtEqualToMatcher before its base UtMatcher),
    /// so an unknown base class is an error only when an object is made. Every definition is
    /// checked, so a cycle cannot form later.
    /// </summary>
    public static void CheckAcyclic(ClassRegistry registry, ClassDefinition definition, Node at)
    {
        var path = new List<ClassDefinition>();
        Visit(definition);

        void Visit(ClassDefinition current)
        {
            if (path.Contains(current))
            {
                var cycle = path.Skip(path.IndexOf(current)).Append(current).Select(c => c.Name);
                throw new JslRuntimeError($"Cycle of base classes: {string.Join(" -> ", cycle)}", at);
            }
            path.Add(current);
            foreach (var name in current.BaseNames)
            {
                if (registry.Find(name) is { } baseClass) Visit(baseClass);
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>
    /// The member <paramref name="name"/> as the base classes of <paramref name="from"/> define it
    /// (the first base class that has it, searching each one's own members before its bases); null when none does.
    /// </summary>
    public static Value? FindInBases(ClassRegistry registry, ClassDefinition from, Symbol name, Node at)
    {
        foreach (var baseClass in Bases(registry, from, at))
        {
            var found = baseClass.OwnMember(name) ?? FindInBases(registry, baseClass, name, at);
            if (found is not null) return found;
        }
        return null;
    }
}
