using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Numeric;

/// <summary><c>Type(x)</c> and the <c>Is ...</c> predicates (Is Number, Is String, Is List, Is Matrix, Is Expr, Is Name, Is Empty, Is Scriptable).</summary>
internal static class TypeBuiltins
{
    private const string Category = "Types";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Type", c =>
        {
            c.RequireCount(1, 1);
            return new StringValue(TypeName(c.Eval(0)));
        });
        table.Add(Category, "Is Number", c => Is(c, static v => v is NumberValue));
        // Decision: a string with children ("abc"(1, 2)) answers as its Type says: a String, not an Expr.
        table.Add(Category, "Is String", c => Is(c, static v => v is StringValue or ExpressionValue { StringText: not null }));
        table.Add(Category, "Is List", c => Is(c, static v => v is ListValue));
        table.Add(Category, "Is Matrix", c => Is(c, static v => v is MatrixValue));
        // Decision: names and lists are expressions too (a list is the call List(...) in JMP's tree):
        // jsl-hamcrest, whose suite passes in JMP, rejects test expressions that are not Is Expr and
        // asserts on Expr( reporter ) and on a list member (its mock reporter's this:calls).
        table.Add(Category, "Is Expr", c => Is(c, static v => v is ListValue or ExpressionValue { StringText: null }));
        table.Add(Category, "Is Name", c => Is(c, static v => v is ExpressionValue { Node: NameNode }));
        // A value is scriptable when its kind answers << messages: one fact, the message table.
        table.Add(Category, "Is Scriptable", c => Is(c, v => c.Interpreter.Builtins.Messages.Find(v) is not null));
        table.Add(Category, "Is Empty", IsEmpty);
    }

    /// <summary>
    /// The names JMP's <c>Type()</c> gives (JSL Syntax Reference: Number, String, List, Matrix,
    /// Associative Array, BLOB, Expression, Name, Empty, ...).
    /// Decision: every number is <c>"Number"</c>. JMP also has <c>"Integer"</c>, but nothing in its
    /// documentation says which values get it, and jsl numbers do not remember whether they were
    /// written as whole numbers; scripts that test <c>Type(x) == "Number"</c> keep working.
    /// </summary>
    internal static string TypeName(Value value) => value switch
    {
        BlobValue => "BLOB",
        _ => value.TypeName,
    };

    private static Value Is(CallContext c, Func<Value, bool> test)
    {
        c.RequireCount(1, 1);
        return NumberValue.Of(test(c.Eval(0)));
    }

    /// <summary>
    /// <c>Is Empty(name)</c>: 1 when the variable is undefined or holds <c>Empty()</c>. The name is
    /// looked up, not evaluated (so an undefined name is not an error, and a variable holding an
    /// expression is not run). Any other argument is evaluated and tested for <c>Empty()</c>.
    /// </summary>
    private static Value IsEmpty(CallContext c)
    {
        c.RequireCount(1, 1);
        if (c.ArgNode(0) is NameNode name)
        {
            Value? stored;
            try
            {
                stored = c.Interpreter.LookupVariable(name, c.Scope);
            }
            catch (JslRuntimeError)
            {
                // An unknown namespace in a scoped name (ns:x) means there is no such variable.
                stored = null;
            }
            return NumberValue.Of(stored is null or EmptyValue);
        }
        return NumberValue.Of(c.Eval(0) is EmptyValue);
    }
}
