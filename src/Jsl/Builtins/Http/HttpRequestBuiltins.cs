using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Http;

/// <summary><c>New HTTP Request(...)</c> and the messages a request answers.</summary>
internal static class HttpRequestBuiltins
{
    private const string Category = "Web";

    /// <summary>Adds this category's function and messages to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "New HTTP Request", static c =>
        {
            var request = new HttpRequestValue();
            Apply(request.Settings, c, c.Call.Args, c.Error);
            return request;
        });
        HttpRequestMessages.Register(table.Messages);
    }

    /// <summary>
    /// Applies settings written as calls (<c>URL("..."), Method("GET")</c>) in order, as
    /// <c>New HTTP Request(...)</c> and <c>&lt;&lt; Reset(...)</c> take them; anything else is an error
    /// naming what was written.
    /// </summary>
    public static void Apply(HttpRequestSettings settings, CallContext c, IReadOnlyList<Node> written, Func<string, JslRuntimeError> error)
    {
        foreach (var node in written)
        {
            if (node is CallNode { Qualifier: null } call && HttpSettings.All.TryGetValue(call.Head, out var setting))
            {
                setting.Apply(settings, new HttpArguments(new CallContext(c.Interpreter, call, c.Scope), error, setting.Name));
                continue;
            }
            var text = Runtime.Formatting.ExpressionPrinter.Print(node);
            throw error($"{c.Call.HeadText}: unknown argument {text} (a request takes settings such as URL(...), Method(...), Headers(...))");
        }
    }
}
