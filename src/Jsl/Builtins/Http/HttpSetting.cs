namespace Jsl.Builtins.Http;

/// <summary>Applies one setting (<c>URL(...)</c>, <c>Headers(...)</c>...) to what a request will send.</summary>
internal delegate void HttpSetting(HttpRequestSettings settings, HttpArguments args);
