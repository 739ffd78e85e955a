namespace Jsl.Builtins.Patterns;

/// <summary>
/// Thrown by <c>Pat Abort()</c> (and by <c>Pat Fence()</c> when backed into) to end the whole match
/// at once; <c>Pat Match</c> catches it and returns 0. It never leaves <c>Pat Match</c>.
/// </summary>
internal sealed class PatternAbortedException() : Exception("pattern match aborted");
