using Jsl.Runtime.Values;

namespace Jsl.Runtime.Errors;

/// <summary><c>Throw(msg)</c>: caught by <c>Try</c>, where <c>exception_msg</c> is the payload.</summary>
internal sealed class JslThrow(Value payload, string text) : JslException(text)
{
    /// <summary>What <c>exception_msg</c> holds in the catch expression.</summary>
    public Value Payload { get; } = payload;
}
