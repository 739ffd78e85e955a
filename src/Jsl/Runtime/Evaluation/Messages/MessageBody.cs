using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>Answers one built-in message; returns the message's result.</summary>
internal delegate Value MessageBody(MessageCall message);
