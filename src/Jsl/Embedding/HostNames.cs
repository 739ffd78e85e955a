using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl;

/// <summary>Checks a name a host passes in (a variable, a function) and gives its symbol.</summary>
internal static class HostNames
{
    /// <summary>
    /// The symbol of <paramref name="name"/>, which must be a plain JSL name as a script would write
    /// it (<c>x</c>, <c>my total</c>; names ignore case and spaces): not empty, not scoped
    /// (<c>::x</c>, <c>ns:x</c>), not an expression.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name.</exception>
    public static Symbol Require(string name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        var parsed = JslParser.Parse(name, "name");
        if (!parsed.Succeeded || parsed.Root is not NameNode { Scope: NameScope.Unqualified } written || written.Text.Contains('\n'))
        {
            throw new ArgumentException($"\"{name}\" is not a plain JSL name.", parameterName);
        }
        return written.Symbol;
    }
}
