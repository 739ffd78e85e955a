using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// The list utilities of the Scripting Index's List category: <c>N Items</c>, <c>Insert</c>,
/// <c>Remove</c>, <c>Reverse</c>, <c>Shift</c>, <c>Sort List</c> and their in-place <c>Into</c> forms,
/// <c>Sort Ascending</c>/<c>Sort Descending</c>, <c>As List</c>.
/// </summary>
internal static class ListBuiltins
{
    private const string Category = "Lists";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        ListMessages.Register(table.Messages);
        table.Add(Category, "N Items", NItems);
        table.Add(Category, "Insert", Insert);
        table.Add(Category, "Insert Into", InsertInto);
        table.Add(Category, "Remove", Remove);
        table.Add(Category, "Remove From", RemoveFrom);
        table.Add(Category, "Reverse", c =>
        {
            c.RequireCount(1, 1);
            // Reverse takes a string too (its characters, reversed).
            if (c.ArgNode(0) is Jsl.Syntax.Tree.StringNode || c.Eval(0) is StringValue)
            {
                return new StringValue(Strings.TextBuiltins.ReverseText(c.String(0)));
            }
            return Copying(c, "Reverse", 1, 1, static (_, items) => items.Reverse());
        });
        table.Add(Category, "Reverse Into", c => InPlace(c, "Reverse Into", 1, 1, static (_, items) => items.Reverse()));
        table.Add(Category, "Shift", c => Copying(c, "Shift", 1, 2, static (c, items) => ListEditing.Shift(c, items, c.Number(1, 1))));
        table.Add(Category, "Shift Into", c => InPlace(c, "Shift Into", 1, 2, static (c, items) => ListEditing.Shift(c, items, c.Number(1, 1))));
        table.Add(Category, "Sort List", c => Copying(c, "Sort List", 1, 1, static (_, items) => ListEditing.Sort(items)));
        table.Add(Category, "Sort List Into", c => InPlace(c, "Sort List Into", 1, 1, static (_, items) => ListEditing.Sort(items)));
        table.Add(Category, "Sort Ascending", c => SortCopy(c, descending: false));
        table.Add(Category, "Sort Descending", c => SortCopy(c, descending: true));
        table.Add(Category, "As List", AsList);
        table.SetPreparer("N Items", OneValueCall.ForHeld(NItemsOf));
        table.SetPreparer("Insert Into", InsertIntoCall.Prepare);
    }

    private static Value NItems(CallContext c)
    {
        return NItemsOf(c, c.EvalKeepingHeldExpression(0));
    }

    private static Value NItemsOf(CallContext c, Value value)
    {
        return value switch
        {
            ListValue l => NumberValue.Of(l.Count),
            MatrixValue m => NumberValue.Of(m.Data.Length),
            AssociativeArrayValue a => NumberValue.Of(a.Count),
            NamespaceValue ns => NumberValue.Of(ns.Variables.Count),
            // Decision: an expression's items are its arguments, as for Arg and N Arg; a name that
            // holds an expression is looked at, not run (the preparer reads it with HeldNameRead).
            ExpressionValue e when ExpressionCalls.AsCall(e.Node) is { } call => NumberValue.Of(call.Args.Count),
            var other => throw c.Error($"N Items needs a list, matrix, associative array or namespace, not a {other.TypeName}"),
        };
    }

    /// <summary><c>Insert(list, item, &lt;position&gt;)</c> on a copy; on an associative array, <c>Insert(aa, key, value)</c>.</summary>
    private static Value Insert(CallContext c)
    {
        c.RequireCount(2, 3);
        // Decision: a name holding an expression gives the expression (as for Head and Arg), so
        // Insert(e, x) builds code instead of running e.
        switch (c.EvalKeepingHeldExpression(0))
        {
            case ListValue list:
                var copy = list.DeepCopy();
                ListEditing.Insert(c, copy.Items, c.Eval(1), PositionArg(c));
                return copy;
            case AssociativeArrayValue array:
                var clone = array.Clone();
                AssociativeArrayBuiltins.Insert(c, clone, AssociativeArrayBuiltins.EvalFrom(c, 1));
                return clone;
            case var expression when ExpressionCalls.AsCallToExtend(expression) is { } call:
                // Decision: a list goes into an expression as one argument (a list inserted into a
                // list adds its items): Insert( Expr( Expr() ), {1, 2} ) is Expr( {1, 2} ), the way
                // jsl-hamcrest wraps any value as an expression literal.
                return EditArgs(call, items => ListEditing.InsertArgument(c, items, c.EvalKeepingHeldExpression(1), PositionArg(c)));
            case var other:
                throw c.Error($"Insert needs a list, associative array or expression, not a {other.TypeName}");
        }
    }

    private static Value InsertInto(CallContext c)
    {
        switch (InPlaceTarget.Container(c, "Insert Into"))
        {
            case ListValue list:
                ListEditing.Insert(c, list.Items, c.Eval(1), PositionArg(c));
                return list;
            case AssociativeArrayValue array:
                AssociativeArrayBuiltins.Insert(c, array, AssociativeArrayBuiltins.EvalFrom(c, 1));
                return array;
            case var expression when ExpressionCalls.AsCallToExtend(expression) is { } call:
                return StoreBack(c, EditArgs(call, items => ListEditing.InsertArgument(c, items, c.EvalKeepingHeldExpression(1), PositionArg(c))));
            case var other:
                throw c.Error($"Insert Into needs a list, associative array or expression variable, not a {other.TypeName}");
        }
    }

    private static double? PositionArg(CallContext c) => Position(c, c.EvalOptional(2));

    /// <summary>The position argument of <c>Insert</c>/<c>Insert Into</c> (null when absent).</summary>
    internal static double? Position(CallContext c, Value? position) => position switch
    {
        null => null,
        NumberValue n => n.Value,
        _ => throw c.Error("the position must be a number"),
    };

    private static Value Remove(CallContext c)
    {
        c.RequireCount(1, 3);
        switch (c.EvalKeepingHeldExpression(0))
        {
            case ListValue list:
                var copy = list.DeepCopy();
                ListEditing.Remove(c, copy.Items, c.EvalOptional(1), c.Number(2, 1));
                return copy;
            case AssociativeArrayValue array:
                var clone = array.Clone();
                AssociativeArrayBuiltins.RemoveKeys(c, clone, c.EvalOptional(1));
                return clone;
            case StringValue text:
                return ListEditing.RemoveCharacters(c, text.Value, c.EvalOptional(1), c.Number(2, 1));
            case var expression when ExpressionCalls.AsCall(expression) is { } call:
                return EditArgs(call, items => ListEditing.Remove(c, items, c.EvalOptional(1), c.Number(2, 1)));
            case var other:
                throw c.Error($"Remove needs a list, associative array, expression or string, not a {other.TypeName}");
        }
    }

    private static Value RemoveFrom(CallContext c)
    {
        switch (InPlaceTarget.Container(c, "Remove From"))
        {
            case ListValue list:
                ListEditing.Remove(c, list.Items, c.EvalOptional(1), c.Number(2, 1));
                return list;
            case AssociativeArrayValue array:
                AssociativeArrayBuiltins.RemoveKeys(c, array, c.EvalOptional(1));
                return array;
            case StringValue text:
                var shortened = ListEditing.RemoveCharacters(c, text.Value, c.EvalOptional(1), c.Number(2, 1));
                Assignment.Store(c, c.ArgNode(0), shortened);
                return shortened;
            case var expression when ExpressionCalls.AsCall(expression) is { } call:
                return StoreBack(c, EditArgs(call, items => ListEditing.Remove(c, items, c.EvalOptional(1), c.Number(2, 1))));
            case var other:
                throw c.Error($"Remove From needs a list, associative array, expression or string variable, not a {other.TypeName}");
        }
    }

    /// <summary>
    /// The expression <paramref name="call"/> becomes when its arguments, taken as list items, are
    /// edited: the list rules apply to them (a position past the end appends), except that a list value goes in as one argument.
    /// </summary>
    private static ExpressionValue EditArgs(Jsl.Syntax.Tree.CallNode call, Action<List<Value>> edit)
    {
        var items = ExpressionCalls.ArgValues(call);
        edit(items);
        return ExpressionCalls.WithItems(call, items);
    }

    /// <summary>An expression cannot change in place: the variable of argument 0 gets the edited copy.</summary>
    private static Value StoreBack(CallContext c, ExpressionValue edited)
    {
        Assignment.Store(c, c.ArgNode(0), edited);
        return edited;
    }

    private static Value Copying(CallContext c, string function, int min, int max, Action<CallContext, List<Value>> edit)
    {
        c.RequireCount(min, max);
        var value = c.Eval(0);
        if (value is not ListValue list) throw c.Error($"{function} needs a list, not a {value.TypeName}");
        var copy = list.DeepCopy();
        edit(c, copy.Items);
        return copy;
    }

    private static Value InPlace(CallContext c, string function, int min, int max, Action<CallContext, List<Value>> edit)
    {
        c.RequireCount(min, max);
        var list = InPlaceTarget.List(c, function);
        edit(c, list.Items);
        return list;
    }

    /// <summary><c>Sort Ascending</c>/<c>Sort Descending</c>: a sorted copy of a list, or of a matrix (same shape, elements in order).</summary>
    private static Value SortCopy(CallContext c, bool descending)
    {
        c.RequireCount(1, 1);
        switch (c.Eval(0))
        {
            case ListValue list:
                var copy = list.DeepCopy();
                ListEditing.Sort(copy.Items, descending);
                return copy;
            case MatrixValue m:
                // Decision: missing values sort first in ascending order (last in descending), as in lists.
                var data = m.Data.Order().ToArray();
                if (descending) Array.Reverse(data);
                return new MatrixValue(m.Rows, m.Columns, data);
            case var other:
                throw c.Error($"{(descending ? "Sort Descending" : "Sort Ascending")} needs a list or matrix, not a {other.TypeName}");
        }
    }

    /// <summary><c>As List(matrix)</c>: a vector becomes a list of numbers, a matrix with several rows and columns a list of row lists.</summary>
    private static Value AsList(CallContext c)
    {
        switch (c.Eval(0))
        {
            case MatrixValue m when m.Rows == 1 || m.Columns == 1:
                return new ListValue(m.Data.Select(x => (Value)NumberValue.Of(x)).ToList());
            case MatrixValue m:
                var rows = new List<Value>(m.Rows);
                for (var r = 0; r < m.Rows; r++)
                {
                    rows.Add(new ListValue(Enumerable.Range(0, m.Columns).Select(col => (Value)NumberValue.Of(m[r, col])).ToList()));
                }
                return new ListValue(rows);
            case ListValue l:
                return l;
            case NumberValue n:
                return new ListValue([n]);
            case var other:
                throw c.Error($"As List needs a matrix, not a {other.TypeName}");
        }
    }
}
