using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>For( i = 1, i &lt;= n, i++, body )</c> prepared with its condition and step compiled in: a
/// counter compared with a name or a written number by <typeparamref name="TRule"/>, and stepped by
/// <c>i++</c>, <c>i--</c>, <c>i += k</c> or <c>i -= k</c> (<see cref="ForCall"/> otherwise). Where
/// the counter (and a named bound) is a script variable that no local can hold, the condition reads
/// both through the cells of the Here namespace and the step writes the counter's cell, as the
/// prepared name read and assignment would find them, with no call to either; anywhere else (a
/// local, a value that is not a number, a locked namespace, <c>{Default Local}</c>, a variable that
/// does not exist yet) the condition and the step run as <see cref="ForCall"/> runs them, so the
/// results and the errors are theirs.
/// </summary>
internal sealed class CountedForCall<TRule>(
    CallNode call, Executable init, NumberPairCall condition, Executable increment, Executable? body,
    Symbol counter, Symbol? boundName, double bound, double delta) : Executable where TRule : struct, INumberPairRule
{
    // The names' bits together: one test says that neither can be a local, a member or a caller's local.
    private readonly ulong _names = counter.Bit | (boundName?.Bit ?? 0);
    private VariableCell? _counterCell;
    private VariableCell? _boundCell;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        init.Run(interpreter, scope);
        var budget = interpreter.State.Budget;
        var lookups = 0;
        // The counter's number when the last step stored it in the cell: nothing runs between the
        // step and the next condition, so the condition need not read it back.
        var stepped = false;
        var counted = 0.0;
        while (true)
        {
            budget.Step(call);
            double truth;
            if (stepped && TryBound(scope, out var y)) truth = TRule.Compute(counted, y);
            else if (!TryCondition(scope, out truth))
            {
                // A variable made or remade since the cells were found: found again, a few times
                // per run at most (a bound that is a global, not in Here, is never in a cell).
                if (lookups < MaxLookups && FindCells(scope)) lookups++;
                truth = condition.RunCondition(interpreter, scope, call);
            }
            if (double.IsNaN(truth) || truth == 0) break;
            if (body is not null && !Conditions.RunBody(interpreter, body, scope)) break;
            stepped = TryStep(scope, out counted);
            if (!stepped) increment.Run(interpreter, scope);
        }
        return EmptyValue.Instance;
    }

    private const int MaxLookups = 4;

    /// <summary>The condition's truth from the cells, when both names read through them; false says nothing.</summary>
    // No call on this path, so that it needs no registers saved.
    private bool TryCondition(Scope scope, out double truth)
    {
        if (scope.ReachesHereDirectly(counter.Bit) && _counterCell is { } cell && ReferenceEquals(cell.Table, scope.Here.Variables)
            && cell.Value is NumberValue x && TryBound(scope, out var y))
        {
            truth = TRule.Compute(x.Value, y);
            return true;
        }
        truth = 0;
        return false;
    }

    /// <summary>Finds the cells again where they are stale and the names would read through them; true when it looked.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool FindCells(Scope scope)
    {
        if (!scope.ReachesHereDirectly(_names)) return false;
        var here = scope.Here.Variables;
        var looked = false;
        if (!IsIn(_counterCell, here))
        {
            _counterCell = here.FindCell(counter);
            looked = true;
        }
        if (boundName is not null && !IsIn(_boundCell, here))
        {
            _boundCell = here.FindCell(boundName);
            looked = true;
        }
        return looked;
    }

    /// <summary>
    /// The step stored in the counter's cell, where the assignment would store it, with the number
    /// stored; false when it must run as written.
    /// </summary>
    private bool TryStep(Scope scope, out double stored)
    {
        var cell = _counterCell;
        if (scope.ReachesHereDirectly(counter.Bit) && !scope.DefaultLocal && cell is not null && ReferenceEquals(cell.Table, scope.Here.Variables)
            && !scope.Here.HasLocks && cell.Value is NumberValue x)
        {
            stored = x.Value + delta;
            cell.Value = NumberValue.Of(stored);
            return true;
        }
        stored = 0;
        return false;
    }

    /// <summary>The bound's number, written or read through its cell where the name would read it; false says nothing.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryBound(Scope scope, out double number)
    {
        if (boundName is null)
        {
            number = bound;
            return true;
        }
        if (scope.ReachesHereDirectly(boundName.Bit) && _boundCell is { } cell && ReferenceEquals(cell.Table, scope.Here.Variables) && cell.Value is NumberValue y)
        {
            number = y.Value;
            return true;
        }
        number = 0;
        return false;
    }

    private static bool IsIn(VariableCell? cell, VariableTable table) => cell is not null && ReferenceEquals(cell.Table, table);
}
