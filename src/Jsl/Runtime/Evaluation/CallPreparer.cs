using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Makes a fast executable for one call of a built-in, or returns null when the call's shape has
/// none (the built-in's body then runs as usual). Registered beside the built-in it speeds up.
/// </summary>
internal delegate Executable? CallPreparer(Interpreter interpreter, CallNode call, BuiltinEntry entry);
