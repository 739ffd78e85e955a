using Jsl.Builtins.Control;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// A two-argument operator call (<c>a + b</c>, <c>a &lt; b</c>, <c>Modulo(a, b)</c>) prepared with a
/// fast path for two numbers; any other operands go to the built-in's own rule for evaluated values.
/// The preparer picks a class per operator (<see cref="NumberPairCall{TRule}"/>), so the rule for two
/// numbers is compiled into its own Run instead of a switch, and a written number on the right
/// (<c>n - 1</c>, <c>i &lt;= 1000</c>) is kept as a double instead of being run every time.
/// </summary>
internal abstract class NumberPairCall(BuiltinEntry entry, CallNode call, Executable left, Func<CallContext, Value, Value, Value> otherwise) : Executable, INumberProducer
{
    /// <inheritdoc/>
    /// <remarks>
    /// Every producer is a prepared pair call, so an operand calls this through the class's table
    /// of virtual methods (<see cref="NumberOperand"/>), cheaper than an interface's dispatch.
    /// </remarks>
    public abstract bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value);

    /// <summary>The left operand.</summary>
    protected Executable Left { get; } = left;

    /// <summary>A preparer for calls written with exactly two arguments, computing two numbers with <paramref name="onNumbers"/>.</summary>
    public static CallPreparer For(Func<double, double, double> onNumbers, Func<CallContext, Value, Value, Value> otherwise) =>
        (interpreter, call, entry) => call.Args.Count == 2
            ? new CustomNumberPairCall(entry, call, interpreter.Prepare(call.Args[0]), interpreter.Prepare(call.Args[1]), onNumbers, otherwise)
            : null;

    /// <summary>A preparer for calls written with exactly two arguments, computing two numbers inline.</summary>
    public static CallPreparer For(NumberOperator op, Func<CallContext, Value, Value, Value> otherwise) => op switch
    {
        NumberOperator.Add => For<AddRule>(otherwise),
        NumberOperator.Subtract => For<SubtractRule>(otherwise),
        NumberOperator.Multiply => For<MultiplyRule>(otherwise),
        NumberOperator.Divide => For<DivideRule>(otherwise),
        NumberOperator.Equal => For<EqualRule>(otherwise),
        NumberOperator.NotEqual => For<NotEqualRule>(otherwise),
        NumberOperator.Less => For<LessRule>(otherwise),
        NumberOperator.LessOrEqual => For<LessOrEqualRule>(otherwise),
        NumberOperator.Greater => For<GreaterRule>(otherwise),
        NumberOperator.GreaterOrEqual => For<GreaterOrEqualRule>(otherwise),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "an operator with a rule of its own"),
    };

    /// <summary>
    /// A preparer for the operators whose built-in folds any number of operands left to right with
    /// the pair rule <paramref name="otherwise"/> (<c>Add</c>, <c>Multiply</c>): two operands as
    /// <see cref="For(NumberOperator, Func{CallContext, Value, Value, Value})"/>, three or more as a
    /// <see cref="NumberChainCall{TRule}"/>.
    /// </summary>
    public static CallPreparer ForFold(NumberOperator op, Func<CallContext, Value, Value, Value> otherwise)
    {
        var pair = For(op, otherwise);
        CallPreparer chain = op switch
        {
            NumberOperator.Add => ChainOf<AddRule>(otherwise),
            NumberOperator.Multiply => ChainOf<MultiplyRule>(otherwise),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "an operator whose built-in folds its operands"),
        };
        return (interpreter, call, entry) => call.Args.Count >= 3 ? chain(interpreter, call, entry) : pair(interpreter, call, entry);
    }

    private static CallPreparer ChainOf<TRule>(Func<CallContext, Value, Value, Value> otherwise) where TRule : struct, INumberPairRule =>
        (interpreter, call, entry) =>
        {
            var operands = new Executable[call.Args.Count];
            for (var i = 0; i < operands.Length; i++) operands[i] = interpreter.Prepare(call.Args[i]);
            return new NumberChainCall<TRule>(entry, call, operands, otherwise);
        };

    private static CallPreparer For<TRule>(Func<CallContext, Value, Value, Value> otherwise) where TRule : struct, INumberPairRule =>
        (interpreter, call, entry) =>
        {
            if (call.Args.Count != 2) return null;
            var left = interpreter.Prepare(call.Args[0]);
            var right = interpreter.Prepare(call.Args[1]);
            return right switch
            {
                Constant { Value: NumberValue written } => new NumberConstantPairCall<TRule>(entry, call, left, written, otherwise),
                NameRead rightName when left is NameRead leftName => new NumberNamesPairCall<TRule>(entry, call, leftName, rightName, otherwise),
                _ => new NumberPairCall<TRule>(entry, call, left, right, otherwise),
            };
        };

    /// <summary>
    /// Runs the call as the condition of the prepared <c>If</c> at <paramref name="at"/>: its truth
    /// as <see cref="Conditions.Truth(Value, CallNode)"/> gives it for the value <see cref="Executable.Run"/>
    /// returns, without making the value when the operands are numbers (<c>If( n &lt; 2, ... )</c>).
    /// </summary>
    public abstract double RunCondition(Interpreter interpreter, Scope scope, CallNode at);

    /// <summary>
    /// The prepared <c>If</c> at <paramref name="ifCall"/> with this call as its condition compiled
    /// in, or null when this call has no such form (then <see cref="IfElseCall"/> runs it).
    /// </summary>
    public virtual Executable? PrepareIf(CallNode ifCall, Executable then, Executable? otherwise) => null;

    /// <summary>
    /// The prepared <c>For</c> at <paramref name="forCall"/> with this call as its condition compiled
    /// in (<see cref="CountedForCall{TRule}"/>) when it compares <paramref name="counter"/>, the name
    /// the step changes by <paramref name="delta"/>, with a name or a written number; else null.
    /// </summary>
    public virtual Executable? PrepareFor(CallNode forCall, Executable init, Executable increment, Executable? body, Jsl.Syntax.Symbol counter, double delta) => null;

    /// <summary><see cref="RunCondition"/> by a producer's <see cref="INumberProducer.RunNumber"/> (operands that are arithmetic themselves).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    protected static double ConditionOf(NumberPairCall call, Interpreter interpreter, Scope scope, CallNode at) =>
        call.RunNumber(interpreter, scope, out var number, out var value) ? number : Conditions.Truth(value!, at);

    /// <summary>The built-in's rule for operands that are not both numbers; a .NET exception from it is a JSL error at the call.</summary>
    protected Value Otherwise(Interpreter interpreter, Scope scope, Value a, Value b)
    {
        try
        {
            return otherwise(new CallContext(interpreter, call, scope), a, b);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
