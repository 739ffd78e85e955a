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
/// resolved at run time (what class objects need), a wrapper around rows, and messages given as
/// values (a string, a list of messages).
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
    public void A_value_of_no_receiver_kind_is_not_scriptable()
    {
        var error = Assert.Throws<JslRuntimeError>(() => Run(BuiltinCatalog.CreateDefault(), "obj << Get Keys", new StringValue("x")));
        Assert.Equal("Send Expects Scriptable Object (String)", error.Message);
    }

    [Fact]
    public void A_message_given_as_a_string_is_parsed_and_sent()
    {
        var table = TableWithProbe(out _);
        Assert.Equal(42, ((NumberValue)Run(table, "obj << \"Get Answer\"", new Probe())).Value);
        Assert.Equal(43, ((NumberValue)Run(table, "Send( obj, \"get answer( 7 )\" )", new Probe())).Value);
    }

    [Fact]
    public void A_message_held_by_a_qualified_name_is_its_value()
    {
        var table = TableWithProbe(out _);
        Assert.Equal(42, ((NumberValue)Run(table, "ns = New Namespace( \"held\" ); ns:m = \"Get Answer\"; obj << ns:m", new Probe())).Value);
        Assert.Equal(43, ((NumberValue)Run(table, "ns = New Namespace( \"held2\" ); ns:m = {\"Get Answer( 1 )\"}; obj << ns:m", new Probe())).Value);
    }

    [Fact]
    public void A_list_of_messages_sends_each_and_answers_the_last()
    {
        var table = TableWithProbe(out var probe);
        var seen = new List<string>();
        probe.Fallback = m =>
        {
            seen.Add(m.Name);
            return new StringValue(m.Name);
        };
        Assert.Equal("B", ((StringValue)Run(table, "obj << {A, B( 1 )}", new Probe())).Value);
        Assert.Equal(["A", "B"], seen);
    }

    [Fact]
    public void A_value_that_is_not_a_message_is_a_JSL_error()
    {
        var table = TableWithProbe(out _);
        var error = Assert.Throws<JslRuntimeError>(() => Run(table, "obj << 3", new Probe()));
        Assert.Equal("a message to Probe must be a name or a call", error.Message);
        Assert.Throws<JslRuntimeError>(() => Run(table, "obj << \"1 + \"", new Probe()));
    }

    [Fact]
    public void Every_receiver_kind_jsl_has_is_in_the_default_table()
    {
        var names = BuiltinCatalog.CreateDefault().Messages.Receivers.Select(r => r.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Associative Array", "Class", "Custom Function", "HTTP Request", "JSON Literal", "List", "Namespace", "Run Program", "Socket", "Tree Node"], names);
    }
}
