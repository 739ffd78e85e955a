using Jsl.Runtime.Evaluation;

namespace Jsl;

/// <summary>The host's own functions, callable from the engine's scripts as built-ins.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// Makes <paramref name="function"/> a JSL built-in of this engine, called as <c>name(...)</c>
    /// with <paramref name="arity"/> arguments. See <see cref="RegisterFunction(string, int, int, Func{IReadOnlyList{JslValue}, JslValue})"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain JSL name, or is already a built-in or a host function.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arity"/> is negative.</exception>
    public void RegisterFunction(string name, int arity, Func<IReadOnlyList<JslValue>, JslValue?> function) =>
        RegisterFunction(name, arity, arity, function);

    /// <summary>
    /// Makes <paramref name="function"/> a JSL built-in of this engine, called as <c>name(...)</c>
    /// with <paramref name="minArguments"/> to <paramref name="maxArguments"/> arguments.
    /// </summary>
    /// <remarks>
    /// The script's arguments are evaluated in order and handed over as copies; what the function
    /// returns is copied into the script (null is <c>Empty()</c>). Another count of arguments is
    /// a JSL error at the call. An exception the function throws becomes the JSL error
    /// <c>NAME: message</c> at the call, which <c>Try</c> can catch. The function runs on the
    /// script's thread; it must not run scripts on this engine.
    /// Decision: a host function cannot replace a built-in (jsl's own functions keep their meaning
    /// in every engine) nor be registered twice (a script's prepared calls would keep the first).
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain JSL name, or is already a built-in or a host function.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="maxArguments"/> is below <paramref name="minArguments"/>.</exception>
    public void RegisterFunction(string name, int minArguments, int maxArguments, Func<IReadOnlyList<JslValue>, JslValue?> function)
    {
        var symbol = HostNames.Require(name, nameof(name));
        ArgumentOutOfRangeException.ThrowIfNegative(minArguments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArguments, minArguments);
        ArgumentNullException.ThrowIfNull(function);
        if (_builtins.Find(symbol) is { } existing)
        {
            throw new ArgumentException($"\"{name}\" is already a {(existing.Category == HostFunction.Category ? "host function" : "built-in")} of this engine.", nameof(name));
        }
        _builtins.Add(HostFunction.Category, name, HostFunction.Body(minArguments, maxArguments, function));
    }
}
