using Jsl.Builtins;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// The one table every <c>&lt;&lt;</c> goes through: rows by interned name, a fallback for messages
/// resolved at run time (what class objects need), a wrapper around rows, and the
/// <see cref="BuiltinTable.AddMessages{T}"/> adapter for a handler written as one method.
/// </summary>
public sealed class MessageTableTests
{
    private sealed class Probe : ObjectValue
    {
        public override string TypeName => "Probe";

        public override string DisplayText => "Probe[]";
    }

    private sealed class Other : ObjectValue
    {
        public override string TypeName => "Other";

        public override string DisplayText => "Other[]";
    }

    private static Value Run(BuiltinTable table, string script, Value receiver)
    {
        var interpreter = new Interpreter(table, new Log(new TextWriterLogSink(TextWriter.Null)));
        interpreter.Globals.Variables.Set(Symbol.Intern("obj"), receiver);
        var parsed = JslParser.Parse(script, "t.jsl");
        Assert.True(parsed.Succeeded);
        return interpreter.Eval(parsed.Root, Scope.ForScript(interpreter.Globals, "t.jsl"));
    }

    private static BuiltinTable TableWithProbe(out MessageReceiver probe)
    {
        var table = BuiltinCatalog.CreateDefault();
        probe = table.Messages.Receiver<Probe>("Probe");
        probe.Add("Test", "Get Answer", static m => NumberValue.Of(42 + m.Message.Count));
        return table;
    }

    [Fact]
    public void A_row_answers_its_name_written_with_any_case_and_spacing()
    {
        var table = TableWithProbe(out _);
        Assert.Equal(42, ((NumberValue)Run(table, "obj << getanswer", new Probe())).Value);
        Assert.Equal(44, ((NumberValue)Run(table, "obj << Get  ANSWER( 1, 2 )", new Probe())).Value);
    }

    [Fact]
    public void An_unknown_message_is_a_JSL_error_naming_the_receiver_and_the_message()
    {
        var table = TableWithProbe(out _);
        var error = Assert.Throws<JslRuntimeError>(() => Run(table, "obj << Zap( 1 )", new Probe()));
        Assert.Equal("Object 'Probe' does not recognize the message 'Zap'", error.Message);
    }

    [Fact]
    public void The_fallback_answers_what_no_row_names_and_null_means_unknown()
    {
        var table = TableWithProbe(out var probe);
        probe.Fallback = static m => m.Name == "Hello" ? new StringValue("from the fallback") : null;
        Assert.Equal("from the fallback", ((StringValue)Run(table, "obj << Hello", new Probe())).Value);
        Assert.Equal(42, ((NumberValue)Run(table, "obj << Get Answer", new Probe())).Value);
        Assert.Throws<JslRuntimeError>(() => Run(table, "obj << Goodbye", new Probe()));
    }

    [Fact]
    public void The_wrapper_runs_around_rows_but_not_around_the_fallback()
    {
        var table = TableWithProbe(out var probe);
        var wrapped = new List<string>();
        probe.Around = (m, entry) =>
        {
            wrapped.Add(entry.DisplayName);
            return entry.Body(m);
        };
        probe.Fallback = static _ => EmptyValue.Instance;
        Run(table, "obj << GETANSWER; obj << Other Thing", new Probe());
        Assert.Equal(["Get Answer"], wrapped);
    }

    [Fact]
    public void A_handler_registered_with_AddMessages_gets_every_message_as_written()
    {
        var table = BuiltinCatalog.CreateDefault();
        var seen = new List<Node>();
        table.AddMessages<Other>((c, target, message) =>
        {
            seen.Add(message);
            return target;
        }, "Other");
        var receiver = new Other();
        Assert.Same(receiver, Run(table, "obj << Ping; obj << Pong( 1 )", receiver));
        Assert.IsType<NameNode>(seen[0]);
        Assert.Equal("Pong", Assert.IsType<CallNode>(seen[1]).HeadText);
    }

    [Fact]
    public void A_value_of_no_receiver_kind_is_not_scriptable()
    {
        var error = Assert.Throws<JslRuntimeError>(() => Run(BuiltinCatalog.CreateDefault(), "obj << Get Keys", new StringValue("x")));
        Assert.Equal("Send Expects Scriptable Object (String)", error.Message);
    }

    [Fact]
    public void FindMessages_gives_a_handler_only_for_kinds_that_answer_messages()
    {
        var table = TableWithProbe(out _);
        Assert.NotNull(table.FindMessages(new Probe()));
        Assert.NotNull(table.FindMessages(new AssociativeArrayValue()));
        Assert.Null(table.FindMessages(new StringValue("x")));
    }

    [Fact]
    public void Every_receiver_kind_jsl_has_is_in_the_default_table()
    {
        var names = BuiltinCatalog.CreateDefault().Messages.Receivers.Select(r => r.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Associative Array", "ClassObject", "Custom Function", "JSON Literal", "ListValue", "Namespace", "Socket"], names);
    }
}
