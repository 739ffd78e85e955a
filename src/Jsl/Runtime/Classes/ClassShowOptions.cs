namespace Jsl.Runtime.Classes;

/// <summary>What a class object's default printed form includes (<c>Show( All( b ) )</c> or <c>Show( Members( b ), Methods( b ), Functions( b ) )</c>).</summary>
internal sealed record ClassShowOptions(bool Members, bool Methods, bool Functions)
{
    /// <summary>The default: everything is shown.</summary>
    public static ClassShowOptions All { get; } = new(true, true, true);
}
