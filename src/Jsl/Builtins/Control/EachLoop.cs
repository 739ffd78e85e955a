using Jsl.Builtins.Core;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// The loop <c>For Each</c>, <c>Filter Each</c> and <c>Transform Each</c> share (Scripting Index,
/// Conditional): <c>({value, index}, container | Across(...), &lt;Output(...)&gt;, &lt;locals&gt;, body)</c>.
/// The loop names and the locals live in one local block; the locals are set again at every
/// iteration, after the loop names (the Index: "initialized after the first iteration symbols are set").
/// </summary>
internal sealed class EachLoop
{
    private static readonly Symbol AcrossHead = Symbol.Intern("Across");
    private static readonly Symbol CountHead = Symbol.Intern("Count");
    private static readonly Symbol OutputHead = Symbol.Intern("Output");

    private readonly CallContext _context;
    private readonly string _function;
    private readonly CallNode _names;
    private readonly CallNode? _locals;

    /// <summary>The evaluated container (for Across, the first container; <see cref="IsAcross"/> says which).</summary>
    public Value Container { get; }

    /// <summary>True when the loop runs over <c>Across(...)</c>: each element is a list of one value per container.</summary>
    public bool IsAcross { get; }

    /// <summary>The <c>Output(kind, &lt;head&gt;)</c> argument of Transform Each, or null.</summary>
    public CallNode? Output { get; }

    /// <summary>The loop body.</summary>
    public Node Body { get; }

    private readonly IReadOnlyList<Value> _elements;

    /// <summary>How many times the body runs (before a Break).</summary>
    public int Count => _elements.Count;

    /// <summary>The element the body sees at iteration <paramref name="i"/> (0-based): a value, a {key, value} pair, or an Across tuple.</summary>
    public Value Element(int i) => _elements[i];

    public EachLoop(CallContext c, string function, bool allowOutput)
    {
        _context = c;
        _function = function;
        c.RequireCount(3, allowOutput ? 5 : 4);
        if (c.ArgNode(0) is not CallNode names || !ReferenceEquals(names.Head, Heads.List) || names.Args.Count is < 1 or > 2)
        {
            throw c.Error($"{function} needs {{value}} or {{value, index}} as its first argument");
        }
        _names = names;
        var next = 2;
        if (allowOutput && c.Count > 3 && c.ArgNode(2) is CallNode { } output && ReferenceEquals(output.Head, OutputHead))
        {
            Output = output;
            next = 3;
        }
        if (next < c.Count - 1)
        {
            if (c.ArgNode(next) is not CallNode locals || !ReferenceEquals(locals.Head, Heads.List))
            {
                throw c.Error($"{function} expects a list of locals before its body");
            }
            _locals = locals;
            next++;
        }
        if (next != c.Count - 1) throw c.Error($"{function} has too many arguments");
        Body = c.ArgNode(c.Count - 1);
        if (c.ArgNode(1) is CallNode across && ReferenceEquals(across.Head, AcrossHead))
        {
            IsAcross = true;
            _elements = AcrossElements(across);
            Container = _elements.Count > 0 ? _elements[0] : new ListValue([]);
        }
        else
        {
            Container = c.Eval(1);
            _elements = Elements(Container);
        }
    }

    /// <summary>
    /// Runs the body once per element, in order, handing each result to <paramref name="collect"/>
    /// (null when the body gave no result: Empty, or Continue). Stops at Break, Return or an error.
    /// </summary>
    public void Run(Action<int, Value?> collect)
    {
        var c = _context;
        var loopScope = c.Scope.NewLocalBlock();
        var keysOnly = Container is AssociativeArrayValue && !IsAcross && _names.Args[0] is NameNode;
        var matrixColumns = Container is MatrixValue m && !IsAcross ? m.Columns : 0;
        Symbol[] localNames = [];
        Node?[] initialisers = [];
        if (_locals is not null) (localNames, initialisers, _) = FunctionBuiltins.Declarations(c, _locals, allowDefaultLocal: false);
        for (var i = 0; i < _elements.Count; i++)
        {
            var element = _elements[i];
            Bind(loopScope, _names.Args[0], keysOnly ? ((ListValue)element).Items[0] : element);
            if (_names.Args.Count == 2)
            {
                // Over a matrix, {row, col} receives the element's row and column.
                var position = _names.Args[1] is CallNode { Args.Count: 2 } && matrixColumns > 0
                    ? new ListValue([NumberValue.Of(i / matrixColumns + 1), NumberValue.Of(i % matrixColumns + 1)])
                    : (Value)NumberValue.Of(i + 1);
                Bind(loopScope, _names.Args[1], position);
            }
            for (var l = 0; l < localNames.Length; l++)
            {
                var initial = initialisers[l];
                loopScope.Locals!.Set(localNames[l], initial is null ? EmptyValue.Instance : c.Interpreter.Eval(initial, loopScope).CopyForAssignment());
            }
            c.Interpreter.State.Budget.Step(c.Call);
            var result = c.Interpreter.Eval(Body, loopScope);
            var continued = c.Interpreter.Signal == ControlSignal.Continue;
            if (!Conditions.ContinueAfterBody(c.Interpreter)) break;
            collect(i, continued || result is EmptyValue ? null : result);
        }
    }

    private IReadOnlyList<Value> Elements(Value container) => container switch
    {
        ListValue list => [.. list.Items],
        MatrixValue matrix => matrix.Data.Select(static d => (Value)NumberValue.Of(d)).ToArray(),
        AssociativeArrayValue array => array.Entries.Select(static e => (Value)new ListValue([e.Key, e.Value])).ToArray(),
        ExpressionValue { Node: CallNode call } => call.Args.Select(ListLiterals.FromNode).ToArray(),
        _ => throw _context.Error($"{_function} cannot iterate over {container.TypeName}"),
    };

    /// <summary>
    /// <c>Across(c1, ..., cN, &lt;Count("Longest" | "Shortest" | "Enforce Equal" | n)&gt;)</c>: the i-th
    /// element is the list of every container's i-th item; one argument that is a list of containers
    /// runs across its items. Decision: past the end of a shorter container its place holds Empty()
    /// (a matrix's, the missing number), as Transform Each fills a missing result.
    /// </summary>
    private IReadOnlyList<Value> AcrossElements(CallNode across)
    {
        var c = _context;
        var containers = new List<IReadOnlyList<Value>>();
        var fillers = new List<Value>();
        string mode = "Longest";
        var fixedCount = -1;
        foreach (var arg in across.Args)
        {
            if (arg is CallNode count && ReferenceEquals(count.Head, CountHead) && count.Args.Count == 1)
            {
                switch (c.Eval(count.Args[0]))
                {
                    case StringValue s when s.Value.Equals("Longest", StringComparison.OrdinalIgnoreCase)
                        || s.Value.Equals("Shortest", StringComparison.OrdinalIgnoreCase)
                        || s.Value.Equals("Enforce Equal", StringComparison.OrdinalIgnoreCase):
                        mode = s.Value;
                        break;
                    case NumberValue counted when counted.Value >= 0 && counted.Value <= int.MaxValue:
                        fixedCount = (int)counted.Value;
                        break;
                    default:
                        throw c.Error("Across's Count must be \"Longest\", \"Shortest\", \"Enforce Equal\" or a count");
                }
                continue;
            }
            var value = c.Eval(arg);
            containers.Add(Elements(value));
            fillers.Add(value is MatrixValue ? NumberValue.Missing : EmptyValue.Instance);
        }
        if (containers.Count == 1 && across.Args.Count(a => a is not CallNode { Head: var h } || !ReferenceEquals(h, CountHead)) == 1
            && containers[0].All(static v => v is ListValue or MatrixValue))
        {
            var inner = containers[0];
            containers = inner.Select(Elements).ToList();
            fillers = inner.Select(static v => v is MatrixValue ? (Value)NumberValue.Missing : EmptyValue.Instance).ToList();
        }
        if (containers.Count == 0) return [];
        var longest = containers.Max(static l => l.Count);
        var shortest = containers.Min(static l => l.Count);
        if (mode.Equals("Enforce Equal", StringComparison.OrdinalIgnoreCase) && longest != shortest)
        {
            throw c.Error($"Across needs containers of equal length with Count(\"Enforce Equal\"), found lengths {string.Join(", ", containers.Select(l => l.Count))}");
        }
        var n = fixedCount >= 0 ? fixedCount : mode.Equals("Shortest", StringComparison.OrdinalIgnoreCase) ? shortest : longest;
        c.Limits.CheckList(n, c.Call);
        var elements = new Value[n];
        for (var i = 0; i < n; i++)
        {
            var tuple = new List<Value>(containers.Count);
            for (var k = 0; k < containers.Count; k++) tuple.Add(i < containers[k].Count ? containers[k][i] : fillers[k]);
            elements[i] = new ListValue(tuple);
        }
        return elements;
    }

    private void Bind(Scope loopScope, Node target, Value value)
    {
        switch (target)
        {
            case NameNode name:
                loopScope.Locals!.Set(name.Symbol, value.CopyForAssignment());
                break;
            case CallNode list when ReferenceEquals(list.Head, Heads.List) && value is ListValue items:
                for (var i = 0; i < list.Args.Count; i++)
                {
                    Bind(loopScope, list.Args[i], i < items.Count ? items.Items[i] : EmptyValue.Instance);
                }
                break;
            case CallNode list when ReferenceEquals(list.Head, Heads.List):
                throw _context.Error($"{_function} cannot unpack {value.TypeName} into {{...}}");
            default:
                throw _context.Error($"{_function} loop names must be names");
        }
    }
}
