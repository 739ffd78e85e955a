using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>User functions and scopes: <c>Function</c>, <c>Return</c>, <c>Recurse</c>, <c>Local</c>, <c>Names Default To Here</c>, <c>As Name</c>; namespaces are in <c>Builtins/Namespaces</c>.</summary>
internal static class FunctionBuiltins
{
    private const string Category = "Functions and scopes";
    private static readonly Symbol DefaultLocal = Symbol.Intern("Default Local");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Function", Function);
        table.Add(Category, "Return", c =>
        {
            var value = c.Count switch
            {
                0 => EmptyValue.Instance,
                1 => c.Eval(0),
                _ => new ListValue(Enumerable.Range(0, c.Count).Select(c.Eval).ToList()),
            };
            c.Interpreter.ReturnValue = value;
            c.Interpreter.Signal = ControlSignal.Return;
            return value;
        });
        table.SetPreparer("Return", static (interpreter, call, _) => call.Args.Count == 1 ? new ReturnCall(interpreter.Prepare(call.Args[0])) : null);
        table.Add(Category, "Recurse", c =>
        {
            var function = c.Scope.EnclosingFunction ?? throw c.Error("Recurse used outside a function");
            var args = Enumerable.Range(0, c.Count).Select(c.Eval).ToList();
            // Inside a method, Recurse runs the method again on the same object.
            if (function.OwnerClass is not null && c.Scope.This is { } self) return c.Interpreter.InvokeMethod(self, function, args, c.Scope);
            return c.Interpreter.Invoke(function, args, c.Scope);
        });
        table.Add(Category, "Local", Local);
        table.Add(Category, "Local Here", c =>
        {
            c.RequireCount(1, 1);
            var block = c.Scope.NewLocalBlock();
            block.Here = new NamespaceValue("Here");
            return c.Interpreter.Eval(c.ArgNode(0), block);
        });
        table.Add(Category, "Names Default To Here", c =>
        {
            var on = c.Count == 0 || CallContext.IsTrue(c.Eval(0));
            if (on && ReferenceEquals(c.Scope.Here, c.Interpreter.Globals)) c.Scope.Here = new NamespaceValue("Here");
            return EmptyValue.Instance;
        });
        table.Add(Category, "As Name", c =>
        {
            c.RequireCount(1, 1);
            var text = c.String(0);
            return new ExpressionValue(new NameNode(c.Call.Position, Symbol.Intern(text), Symbol.CollapseWhitespace(text)));
        });
    }

    internal static Value Function(CallContext c)
    {
        c.RequireCount(1, 3);
        if (c.ArgNode(0) is not CallNode parameters || !ReferenceEquals(parameters.Head, Heads.List))
        {
            throw c.Error("Function needs a list of parameters as its first argument");
        }
        var (names, defaults, _) = Declarations(c, parameters, allowDefaultLocal: false);
        Symbol[] locals = [];
        Node?[] initialisers = [];
        var defaultLocal = false;
        if (c.Count == 3)
        {
            if (c.ArgNode(1) is not CallNode localList || !ReferenceEquals(localList.Head, Heads.List))
            {
                throw c.Error("Function's second argument must be a list of locals");
            }
            (locals, initialisers, defaultLocal) = Declarations(c, localList, allowDefaultLocal: true);
        }
        var body = c.Count >= 2 ? c.ArgNode(c.Count - 1) : CallNode.Operator(c.Call.Position, Heads.Empty);
        return new FunctionValue(c.Call, names, defaults, locals, initialisers, defaultLocal, body, c.Scope.Here);
    }

    /// <summary>Reads <c>{a, b = 1, Default Local}</c> into names and initial-value expressions.</summary>
    internal static (Symbol[] Names, Node?[] Initialisers, bool DefaultLocal) Declarations(CallContext c, CallNode list, bool allowDefaultLocal)
    {
        var names = new List<Symbol>();
        var values = new List<Node?>();
        var defaultLocal = false;
        foreach (var item in list.Args)
        {
            switch (item)
            {
                case NameNode name when allowDefaultLocal && ReferenceEquals(name.Symbol, DefaultLocal):
                    defaultLocal = true;
                    break;
                case NameNode name:
                    names.Add(name.Symbol);
                    values.Add(null);
                    break;
                case CallNode assign when ReferenceEquals(assign.Head, Heads.Assign) && assign.Args.Count == 2 && assign.Args[0] is NameNode target:
                    names.Add(target.Symbol);
                    values.Add(assign.Args[1]);
                    break;
                default:
                    throw c.Error("expected a name or name = value in the declaration list");
            }
        }
        return ([.. names], [.. values], defaultLocal);
    }

    private static Value Local(CallContext c)
    {
        c.RequireCount(1, 2);
        var block = c.Scope.NewLocalBlock();
        if (c.Count == 2)
        {
            if (c.ArgNode(0) is not CallNode list || !ReferenceEquals(list.Head, Heads.List))
            {
                throw c.Error("Local's first argument must be a list of names");
            }
            var (names, initialisers, _) = Declarations(c, list, allowDefaultLocal: false);
            for (var i = 0; i < names.Length; i++)
            {
                var initial = initialisers[i];
                block.Locals!.Set(names[i], initial is null ? EmptyValue.Instance : c.Interpreter.Eval(initial, block).CopyForAssignment());
            }
        }
        return c.Interpreter.Eval(c.ArgNode(c.Count - 1), block);
    }
}
