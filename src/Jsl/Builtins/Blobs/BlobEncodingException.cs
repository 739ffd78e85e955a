namespace Jsl.Builtins.Blobs;

/// <summary>
/// Raised by <see cref="BlobEncodings"/> when an encoding name is unknown or text is not valid in the
/// named encoding (bad base64). The message is the JSL error text; callers that hold a call turn it
/// into a positioned JSL error (<see cref="BlobEncodings.Encode(Runtime.Evaluation.CallContext, string, string)"/>).
/// </summary>
internal sealed class BlobEncodingException(string message) : Exception(message);
