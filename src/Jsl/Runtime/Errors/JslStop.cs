namespace Jsl.Runtime.Errors;

/// <summary><c>Stop()</c> (and <c>Quit()</c>): ends the whole run without an error.</summary>
public sealed class JslStop() : JslException("Stop");
