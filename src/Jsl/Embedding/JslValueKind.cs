namespace Jsl;

/// <summary>What kind of JSL value a <see cref="JslValue"/> holds, as a host sees it.</summary>
public enum JslValueKind
{
    /// <summary><c>Empty()</c>: what a script without a value returns, and a function's "no result".</summary>
    Empty,

    /// <summary>A number (JSL's only numeric type: a double; dates are numbers of seconds since 1904; missing is NaN).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>A list (<c>{1, "a"}</c>) of values.</summary>
    List,

    /// <summary>An associative array (<c>["a" => 1]</c>): keys and values, keys in JSL's sorted order.</summary>
    AssociativeArray,

    /// <summary>
    /// Any other JSL value (a matrix, a blob, an expression, a function, a namespace, an object, a
    /// socket): the host can print it (<see cref="JslValue.ToString"/>), read its <see cref="JslValue.TypeName"/>
    /// and hand it back to the engine unchanged.
    /// </summary>
    Other,
}
