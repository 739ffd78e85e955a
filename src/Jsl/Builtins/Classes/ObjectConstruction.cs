using Jsl.Runtime.Classes;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Classes;

/// <summary>
/// <c>New Object</c> in each form: <c>New Object( name( args ) )</c>, <c>New Object( "name"( args ) )</c>,
/// <c>New Object( "name" )</c>, <c>New Object( name )</c>. The object copies every member of its
/// class (inherited ones first), then its <c>_init_</c> method, if any, runs with the arguments.
/// </summary>
internal static class ObjectConstruction
{
    private static readonly Symbol Init = Symbol.Intern("_init_");

    /// <summary>
    /// Decision: besides the documented one-argument forms, <c>New Object( "name", {args} )</c> gives
    /// the constructor arguments as a list (jsl-hamcrest's <c>ut new object</c> relies on it), and a
    /// class object stands for its class.
    /// </summary>
    public static ClassObject New(CallContext c)
    {
        var registry = ClassRegistry.Of(c.Interpreter);
        var (name, argNodes) = Spec(c, c.ArgNode(0), registry);
        var definition = registry.Find(name) ?? throw c.Error($"Unknown class \"{name}\"");
        var self = new ClassObject(registry.TemplateOf(definition, c.Call), c.Interpreter, c.Scope);
        IReadOnlyList<Value> args;
        if (c.Count == 2)
        {
            if (argNodes.Count > 0) throw c.Error("New Object takes constructor arguments either in the call or as a list, not both");
            args = c.List(1).Items;
        }
        else
        {
            args = argNodes.Select(c.Eval).ToList();
        }
        Construct(c, self, args);
        return self;
    }

    /// <summary>
    /// Decision: a bare name (<c>New Object( complex )</c>) is the class of that name when there
    /// is one; otherwise its value, a string, names the class. A call names a class with its
    /// arguments unless no class has its name and it is a built-in or a user function
    /// (<c>New Object( Eval( name ) )</c>), which is evaluated instead.
    /// </summary>
    private static (string Name, IReadOnlyList<Node> Args) Spec(CallContext c, Node spec, ClassRegistry registry) => spec switch
    {
        CallNode { Qualifier: null } call when registry.Find(call.HeadText) is not null || !IsCallable(c, call) => (call.HeadText, call.Args),
        StringNode text => (text.Value, []),
        NameNode { Scope: NameScope.Unqualified } bare when registry.Find(bare.Text) is not null => (bare.Text, []),
        _ => c.Eval(spec) switch
        {
            StringValue s => (s.Value, []),
            ClassObject existing => (existing.Class.Name, []),
            _ => throw c.Error("New Object expects a class name or a class name with constructor arguments"),
        },
    };

    private static bool IsCallable(CallContext c, CallNode call) =>
        c.Interpreter.Builtins.Find(call.Head) is not null || c.Interpreter.LookupUnqualified(call.Head, c.Scope) is FunctionValue;

    /// <summary>
    /// Decision: the arguments must fit the <c>_init_</c> the object has (its own class's, else the
    /// nearest base class's): no fewer than its parameters without defaults, no more than all of
    /// them. A base class's <c>_init_</c> does not run as well; a derived <c>_init_</c> calls
    /// <c>super:_init_( ... )</c> for that.
    /// </summary>
    private static void Construct(CallContext c, ClassObject self, IReadOnlyList<Value> args)
    {
        if (!self.Members.TryGet(Init, out var member) || member is not FunctionValue init)
        {
            if (args.Count > 0) throw c.Error($"Class \"{self.Class.Name}\" has no _init_ method, so New Object takes no arguments (given {args.Count})");
            return;
        }
        var required = init.Defaults.Count(d => d is null);
        var total = init.Parameters.Length;
        if (args.Count < required || args.Count > total)
        {
            var expected = required == total ? $"{total}" : $"{required} to {total}";
            throw c.Error($"The _init_ method of class \"{self.Class.Name}\" takes {expected} argument{(total == 1 && required == total ? "" : "s")}, New Object gave {args.Count}");
        }
        c.Interpreter.InvokeMethod(self, init, args, c.Scope);
    }
}
