using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// Answers a message that no row of its receiver kind names, resolved at run time (a class
/// object's user-defined methods); returns null when the receiver does not know it either.
/// </summary>
internal delegate Value? MessageFallback(MessageCall message);
