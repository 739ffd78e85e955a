using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Classes;

/// <summary>
/// <c>New Object( name( args ) )</c> prepared. The class is found once per call site and kept with
/// its member template until any class is defined or deleted (<see cref="ClassRegistry.Version"/>);
/// the object copies the template, and its <c>_init_</c> runs with the prepared arguments, as a
/// prepared method call runs. Every other case takes the built-in's body
/// (<see cref="ObjectConstruction.New"/>), which decides as before: no class of that name (a
/// function call, an unknown class), arguments that do not fit <c>_init_</c>, a class with no
/// <c>_init_</c> given arguments.
/// </summary>
internal sealed class NewObjectCall(BuiltinEntry entry, CallNode call, CallNode constructor, Executable[] args) : Executable
{
    /// <summary>A preparer for <c>New Object</c> with one argument written as an unqualified call.</summary>
    public static CallPreparer Preparer { get; } = static (interpreter, call, entry) =>
        call.Args is [CallNode { Qualifier: null, HeadIsString: false } constructor]
            ? new NewObjectCall(entry, call, constructor, interpreter.PrepareArgs(constructor))
            : null;

    // The class this site made objects of, as its template; checked against the registry on every run.
    private ClassTemplate? _template;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        DepthGuard.Enter(call);
        try
        {
            var template = CurrentTemplate(interpreter);
            if (template is null || !ArgumentsFit(template.Init)) return interpreter.CallBuiltin(entry, call, scope);
            // The object keeps the scope it was made in (its Creator), so the frame must not be reused.
            if (!scope.Escaped) scope.MarkEscaped();
            var self = new ClassObject(template, interpreter, scope);
            if (template.Init is { } init) interpreter.InvokeMethod(self, init, constructor, args, scope);
            return self;
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }

    /// <summary>The template of the class the constructor names, or null when no class has that name.</summary>
    private ClassTemplate? CurrentTemplate(Interpreter interpreter)
    {
        var registry = ClassRegistry.Of(interpreter);
        if (_template is { } kept && kept.IsCurrentIn(registry)) return kept;
        var definition = registry.Find(constructor.Head);
        if (definition is null) return null;
        return _template = registry.TemplateOf(definition, call);
    }

    /// <summary>
    /// True when the arguments bind to <paramref name="init"/> as a prepared call binds them and as
    /// the built-in's count check allows (no more than its parameters, none of those without a
    /// default left out); anything else goes to the built-in, whose check words the error.
    /// </summary>
    private bool ArgumentsFit(FunctionValue? init) =>
        init is null ? args.Length == 0 : args.Length <= init.Parameters.Length && args.Length >= init.RequiredCount;
}
