namespace Jsl.Syntax.Tree;

/// <summary>How a name was qualified in the source.</summary>
internal enum NameScope
{
    /// <summary>Plain <c>x</c>: resolved by JSL's rules (locals, Here, globals).</summary>
    Unqualified,
    /// <summary><c>::x</c>: a global.</summary>
    Global,
    /// <summary><c>:::x</c>: the root scope (treated as global).</summary>
    Root,
    /// <summary><c>:x</c>: a data-table column of the current table.</summary>
    Column,
    /// <summary><c>q:x</c> where q is a name (<c>Here</c>, <c>Local</c>, <c>Global</c>, a namespace or a reference) or a string (<c>"ns":x</c>); see <see cref="NameNode.Qualifier"/>.</summary>
    Qualified,
}
