using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Strings;

/// <summary>Registers the Strings built-ins (language.md §3.1), grouped by concern in the classes it calls.</summary>
internal static class StringBuiltins
{
    /// <summary>The category name the functions are listed under.</summary>
    public const string Category = "Strings";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        TextBuiltins.Register(table);
        SliceBuiltins.Register(table);
        WordBuiltins.Register(table);
        ContainsItem.Register(table);
        ChooseClosest.Register(table);
        RegexBuiltins.Register(table);
        UriBuiltins.Register(table);
        NumberTextBuiltins.Register(table);
    }
}
