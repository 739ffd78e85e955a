using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Classes;

/// <summary>
/// How a class object prints. A class's <c>_show_</c> method gives what <c>Print</c>, <c>Show</c>,
/// <c>Write</c> and lists print (overriding the class's <c>Show(...)</c> option, as the Scripting
/// Guide says); <c>_to string_</c> gives what <c>Char</c> returns. Without them the object prints
/// in its default form.
/// </summary>
internal static class ClassObjectText
{
    private static readonly Symbol ShowMethod = Symbol.Intern("_show_");
    private static readonly Symbol ToStringMethod = Symbol.Intern("_to string_");

    /// <summary>The printed form (<c>Print</c>, <c>Show</c>, inside lists).</summary>
    public static string ForShow(ClassObject self) => RunTextMethod(self, ShowMethod) ?? DefaultForm(self);

    /// <summary><c>Char(obj)</c>: <c>_to string_</c>, else the printed form.</summary>
    public static string ForChar(ClassObject self) => RunTextMethod(self, ToStringMethod) ?? ForShow(self);

    /// <summary>
    /// Decision: the Scripting Guide shows no log text for a class object, so the default form is
    /// JSL-like and names what it shows: <c>Class( "name", {member = value, m = Method( ... )} )</c>,
    /// the members in the object's order and filtered by the class's <c>Show(...)</c> option.
    /// </summary>
    public static string DefaultForm(ClassObject self)
    {
        var sb = new StringBuilder("Class( ");
        ValueFormatter.AppendQuoted(sb, self.Class.Name);
        // Decision: an object met again inside its own printed form (obj:self = obj) prints as
        // Class( "name" ), so that printing an object that refers to itself ends.
        printing ??= new HashSet<ClassObject>(ReferenceEqualityComparer.Instance);
        if (!printing.Add(self)) return sb.Append(" )").ToString();
        try
        {
            AppendMembers(sb, self);
        }
        finally
        {
            printing.Remove(self);
        }
        return sb.Append("} )").ToString();
    }

    [ThreadStatic]
    private static HashSet<ClassObject>? printing;

    private static void AppendMembers(StringBuilder sb, ClassObject self)
    {
        sb.Append(", {");
        var first = true;
        foreach (var (text, _, value) in self.OrderedMembers)
        {
            if (!Shows(self.Class.Show, value)) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(text).Append(" = ");
            ValueFormatter.AppendCode(sb, value);
        }
    }

    private static bool Shows(ClassShowOptions show, Value value) => value switch
    {
        FunctionValue { OwnerClass: not null } => show.Methods,
        FunctionValue => show.Functions,
        _ => show.Members,
    };

    /// <summary>Runs a text method (<c>_show_</c>, <c>_to string_</c>) when the object has one; a string result is the text, any other value prints as code.</summary>
    private static string? RunTextMethod(ClassObject self, Symbol name)
    {
        if (!self.Members.TryGet(name, out var member) || member is not FunctionValue method) return null;
        var result = self.Interpreter.InvokeMethod(self, method, [], self.Creator);
        return result is StringValue text ? text.Value : ValueFormatter.ToCode(result);
    }
}
