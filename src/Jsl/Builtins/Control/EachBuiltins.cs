using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>For Each</c>, <c>Filter Each</c> and <c>Transform Each</c> (Scripting Index, Conditional; JMP 16):
/// one loop (<see cref="EachLoop"/>), three ways of keeping what the body gives.
/// </summary>
internal static class EachBuiltins
{
    private const string Category = "Control flow";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "For Each", c =>
        {
            new EachLoop(c, "For Each", allowOutput: false).Run(static (_, _) => { });
            return EmptyValue.Instance;
        });
        table.Add(Category, "Filter Each", FilterEach);
        table.Add(Category, "Transform Each", TransformEach);
    }

    /// <summary>
    /// The elements whose body result is true, in a container of the input's kind: a list, a row
    /// vector for a matrix (the Index: the size is not known beforehand), an associative array of the
    /// kept entries, an expression with the kept arguments. Across keeps the element tuples in a list.
    /// </summary>
    private static Value FilterEach(CallContext c)
    {
        var loop = new EachLoop(c, "Filter Each", allowOutput: false);
        var kept = new List<int>();
        loop.Run((i, result) =>
        {
            if (result is not null && CallContext.IsTrue(result is MatrixValue { Data.Length: 1 } m ? NumberValue.Of(m.Data[0]) : result)) kept.Add(i);
        });
        if (loop.IsAcross) return new ListValue(kept.Select(i => loop.Element(i)));
        return loop.Container switch
        {
            MatrixValue matrix => new MatrixValue(kept.Count == 0 ? 0 : 1, kept.Count, kept.Select(i => matrix.Data[i]).ToArray()),
            AssociativeArrayValue array => ArrayOf(array, kept.Select(i => ((ListValue)loop.Element(i)).Items[1]).ToList(), kept.Select(i => ((ListValue)loop.Element(i)).Items[0]).ToList()),
            ExpressionValue { Node: CallNode call } => new ExpressionValue(call.WithArgs(kept.Select(i => ListLiterals.ToNode(loop.Element(i), call.Position)).ToList())),
            _ => new ListValue(kept.Select(i => loop.Element(i).CopyForAssignment())),
        };
    }

    /// <summary>
    /// The body's result at each element, in a container of the input's kind or the one
    /// <c>Output("List" | "Matrix" | "Associative Array" | "Expression", &lt;head&gt;)</c> names. No result
    /// (Empty, Continue) is Empty() in a list or an expression, missing in a matrix (so is a result
    /// that is not a number), and no key in an associative array.
    /// </summary>
    private static Value TransformEach(CallContext c)
    {
        var loop = new EachLoop(c, "Transform Each", allowOutput: true);
        var results = new Value?[loop.Count];
        var ran = 0;
        loop.Run((i, result) =>
        {
            results[i] = result;
            ran = i + 1;
        });
        var (kind, head) = OutputKind(c, loop);
        var produced = results.Take(ran).ToList();
        switch (kind)
        {
            case "Matrix":
                var numbers = produced.Select(static r => r switch
                {
                    NumberValue n => n.Value,
                    MatrixValue { Data.Length: 1 } one => one.Data[0],
                    _ => double.NaN,
                }).ToArray();
                // Decision: a matrix keeps its shape when every element ran; anything else is a column vector, as Matrix({...}) makes one.
                if (loop.Container is MatrixValue shape && !loop.IsAcross && numbers.Length == shape.Data.Length) return new MatrixValue(shape.Rows, shape.Columns, numbers);
                return new MatrixValue(numbers.Length, numbers.Length == 0 ? 0 : 1, numbers);
            case "Associative Array":
                // Decision: over an associative array the keys are its keys; over anything else, the iteration's index (1, 2, ...).
                var keys = new List<Value>();
                var values = new List<Value>();
                for (var i = 0; i < produced.Count; i++)
                {
                    if (produced[i] is not { } value) continue;
                    keys.Add(loop.Container is AssociativeArrayValue && !loop.IsAcross ? ((ListValue)loop.Element(i)).Items[0] : NumberValue.Of(i + 1));
                    values.Add(value);
                }
                return ArrayOf(loop.Container as AssociativeArrayValue, values, keys);
            case "Expression":
                var position = c.Call.Position;
                var args = produced.Select(r => ListLiterals.ToNode(r ?? EmptyValue.Instance, position)).ToList();
                return new ExpressionValue(head is null
                    ? ((CallNode)((ExpressionValue)loop.Container).Node).WithArgs(args)
                    : new CallNode(position, Symbol.Intern(head), head, args));
            default:
                return new ListValue(produced.Select(static r => r ?? EmptyValue.Instance));
        }
    }

    /// <summary>The kind of container Transform Each returns, and the head an Expression output takes (null: the input's).</summary>
    private static (string Kind, string? Head) OutputKind(CallContext c, EachLoop loop)
    {
        if (loop.Output is { } output)
        {
            if (output.Args.Count is < 1 or > 2 || c.Eval(output.Args[0]) is not StringValue kindText)
            {
                throw c.Error("Output needs \"List\", \"Matrix\", \"Associative Array\" or \"Expression\"");
            }
            var kind = new[] { "List", "Matrix", "Associative Array", "Expression" }.FirstOrDefault(k => k.Equals(kindText.Value, StringComparison.OrdinalIgnoreCase))
                ?? throw c.Error($"Output needs \"List\", \"Matrix\", \"Associative Array\" or \"Expression\", not \"{kindText.Value}\"");
            string? head = null;
            if (output.Args.Count == 2)
            {
                head = c.Eval(output.Args[1]) switch
                {
                    StringValue s => s.Value,
                    ExpressionValue { Node: NameNode n } => n.Text,
                    var other => throw c.Error($"Output's head must be a string, found {other.TypeName}"),
                };
            }
            if (kind == "Expression" && head is null && loop.Container is not ExpressionValue { Node: CallNode })
            {
                throw c.Error("Output(\"Expression\") needs a head name when the input is not an expression");
            }
            return (kind, head);
        }
        if (loop.IsAcross) return ("List", null);
        return loop.Container switch
        {
            MatrixValue => ("Matrix", null),
            AssociativeArrayValue => ("Associative Array", null),
            ExpressionValue { Node: CallNode } => ("Expression", null),
            _ => ("List", null),
        };
    }

    private static AssociativeArrayValue ArrayOf(AssociativeArrayValue? source, List<Value> values, List<Value> keys)
    {
        var array = new AssociativeArrayValue { DefaultValue = source?.DefaultValue };
        for (var i = 0; i < keys.Count; i++) array.Entries[keys[i]] = values[i].CopyForAssignment();
        return array;
    }
}
