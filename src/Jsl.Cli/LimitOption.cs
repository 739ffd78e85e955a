using Jsl.Runtime.Evaluation;

namespace Jsl.Cli;

/// <summary>
/// <c>--limit NAME=N</c> (repeatable): sets one of the engine's <see cref="ResourceLimits"/>;
/// NAME is <c>string</c> (characters, and bytes of a blob or a loaded file), <c>list</c> (items)
/// or <c>matrix</c> (elements).
/// </summary>
/// <remarks>
/// Decision: one repeatable option with a name instead of three <c>--max-*</c> options, so a
/// further limit is a new name, not a new option, and <c>jsl --help</c> stays short.
/// </remarks>
internal static class LimitOption
{
    /// <summary>The limit names, as written on the command line.</summary>
    public const string Names = "string, list or matrix";

    /// <summary>Applies each <c>NAME=N</c> to <paramref name="limits"/>; the usage message of the first bad one, or null.</summary>
    public static string? Apply(IEnumerable<string> settings, ResourceLimits limits)
    {
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=');
            if (equals <= 0) return $"--limit {setting}: expected NAME=N, NAME being {Names}";
            var name = setting[..equals].Trim();
            if (!long.TryParse(setting[(equals + 1)..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return $"--limit {setting}: N must be a whole number above 0";
            }
            switch (name.ToLowerInvariant())
            {
                case "string": limits.MaxStringLength = value; break;
                case "list": limits.MaxListLength = value; break;
                case "matrix": limits.MaxMatrixElements = value; break;
                default: return $"--limit {setting}: unknown limit \"{name}\" (one of {Names})";
            }
        }
        return null;
    }
}
