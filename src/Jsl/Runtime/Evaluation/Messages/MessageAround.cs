using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// Runs every built-in message of one receiver kind, wrapped: the kind's own bookkeeping around
/// <paramref name="entry"/>'s body (a socket traces each message and turns an unforeseen socket
/// failure into a status).
/// </summary>
internal delegate Value MessageAround(MessageCall message, MessageEntry entry);
