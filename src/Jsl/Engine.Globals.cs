using Jsl.Runtime.Values;

namespace Jsl;

/// <summary>The host's side of the global namespace: the variables a script reads as <c>::x</c>.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// Sets global variable <paramref name="name"/> (what a script reads as <c>::name</c>, and as
    /// <c>name</c> unless a local or its Here namespace has one) to a copy of <paramref name="value"/>.
    /// </summary>
    /// <remarks>
    /// Decision: the host reads and writes globals, not a script's Here namespace: globals are the
    /// one namespace every run of the engine shares (each <see cref="Evaluate"/> that says
    /// <c>Names Default To Here(1)</c> gets its own Here, gone when it ends), and a script that
    /// wants a host's value despite a Here of its own can always write <c>::name</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain JSL name.</exception>
    /// <exception cref="InvalidOperationException">A script locked the name (<c>Lock Globals</c>).</exception>
    public void SetGlobal(string name, JslValue value)
    {
        var symbol = HostNames.Require(name, nameof(name));
        ArgumentNullException.ThrowIfNull(value);
        var globals = _interpreter.Globals;
        if (globals.IsLocked(symbol)) throw new InvalidOperationException($"The global \"{name}\" is locked.");
        globals.Define(symbol, name, value.ToEngine());
    }

    /// <summary>A copy of global variable <paramref name="name"/>'s value; null when there is no such global.</summary>
    /// <remarks>
    /// A global that holds an expression (<c>x = Expr(a + b)</c>) is given as that expression (kind
    /// <see cref="JslValueKind.Other"/>), not evaluated: reading a variable must not run script code.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain JSL name.</exception>
    /// <exception cref="JslScriptException">The global is too deep to copy (an associative array that holds itself as a key).</exception>
    public JslValue? GetGlobal(string name)
    {
        var symbol = HostNames.Require(name, nameof(name));
        return _interpreter.Globals.Variables.TryGet(symbol, out var value) ? JslValue.ResultFromEngine(value, "") : null;
    }
}
