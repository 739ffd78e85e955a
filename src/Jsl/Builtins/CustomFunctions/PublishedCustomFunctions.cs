namespace Jsl.Builtins.CustomFunctions;

/// <summary>A run's custom functions published by <c>Add Custom Functions</c>, by full name (<c>custom:Add</c>, case-insensitive).</summary>
internal sealed class PublishedCustomFunctions() : Dictionary<string, CustomFunctionValue>(StringComparer.OrdinalIgnoreCase);
