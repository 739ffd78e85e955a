namespace Jsl.Builtins.Patterns;

/// <summary>The patterns that steer the matcher rather than match text.</summary>
internal enum ControlKind
{
    /// <summary><c>Pat Succeed()</c>: matches nothing, again every time it is backed into.</summary>
    Succeed,

    /// <summary><c>Pat Fail()</c>: never matches, so the matcher backs up.</summary>
    Fail,

    /// <summary><c>Pat Abort()</c>: ends the whole match, unsuccessfully.</summary>
    Abort,

    /// <summary><c>Pat Fence()</c>: matches nothing; backing into it ends the whole match, unsuccessfully.</summary>
    Fence,
}
