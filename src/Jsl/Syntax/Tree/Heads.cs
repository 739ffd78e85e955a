namespace Jsl.Syntax.Tree;

/// <summary>
/// The function heads that operators desugar to, spelled as JMP's Scripting Index spells them
/// (so that <c>Head(Expr(a + b))</c> is <c>Add()</c> and the printer can turn them back into operators).
/// </summary>
internal static class Heads
{
#pragma warning disable CS1591 // each field is named after the JSL function it holds
    public static readonly Symbol Glue = Symbol.Intern("Glue");
    public static readonly Symbol Assign = Symbol.Intern("Assign");
    public static readonly Symbol AddTo = Symbol.Intern("Add To");
    public static readonly Symbol SubtractTo = Symbol.Intern("Subtract To");
    public static readonly Symbol MultiplyTo = Symbol.Intern("Multiply To");
    public static readonly Symbol DivideTo = Symbol.Intern("Divide To");
    public static readonly Symbol ConcatTo = Symbol.Intern("Concat To");
    public static readonly Symbol VConcatTo = Symbol.Intern("V Concat To");
    public static readonly Symbol Or = Symbol.Intern("Or");
    public static readonly Symbol And = Symbol.Intern("And");
    public static readonly Symbol Equal = Symbol.Intern("Equal");
    public static readonly Symbol NotEqual = Symbol.Intern("Not Equal");
    public static readonly Symbol Less = Symbol.Intern("Less");
    public static readonly Symbol LessOrEqual = Symbol.Intern("Less or Equal");
    public static readonly Symbol Greater = Symbol.Intern("Greater");
    public static readonly Symbol GreaterOrEqual = Symbol.Intern("Greater or Equal");
    public static readonly Symbol LessLessEqual = Symbol.Intern("Less LessEqual");
    public static readonly Symbol LessEqualLess = Symbol.Intern("LessEqual Less");
    public static readonly Symbol Send = Symbol.Intern("Send");
    public static readonly Symbol Index = Symbol.Intern("Index");
    public static readonly Symbol Concat = Symbol.Intern("Concat");
    public static readonly Symbol VConcat = Symbol.Intern("V Concat");
    public static readonly Symbol Add = Symbol.Intern("Add");
    public static readonly Symbol Subtract = Symbol.Intern("Subtract");
    public static readonly Symbol Multiply = Symbol.Intern("Multiply");
    public static readonly Symbol Divide = Symbol.Intern("Divide");
    public static readonly Symbol EMult = Symbol.Intern("E Mult");
    public static readonly Symbol EDiv = Symbol.Intern("E Div");
    public static readonly Symbol Minus = Symbol.Intern("Minus");
    public static readonly Symbol Not = Symbol.Intern("Not");
    public static readonly Symbol Power = Symbol.Intern("Power");
    public static readonly Symbol PostIncrement = Symbol.Intern("PostIncrement");
    public static readonly Symbol PostDecrement = Symbol.Intern("PostDecrement");
    public static readonly Symbol Transpose = Symbol.Intern("Transpose");
    public static readonly Symbol Subscript = Symbol.Intern("Subscript");
    public static readonly Symbol List = Symbol.Intern("List");
    public static readonly Symbol Empty = Symbol.Intern("Empty");
    public static readonly Symbol Name = Symbol.Intern("Name");
    public static readonly Symbol JslQuote = Symbol.Intern("JSL Quote");
    public static readonly Symbol PatImmediate = Symbol.Intern("Pat Immediate");
    public static readonly Symbol PatConditional = Symbol.Intern("Pat Conditional");
    // Computed scoped names: q:(expr) and :(expr).
    public static readonly Symbol AsScoped = Symbol.Intern("As Scoped");
    public static readonly Symbol AsColumn = Symbol.Intern("As Column");
#pragma warning restore CS1591
}
