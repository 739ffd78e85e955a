namespace Jsl.Runtime.Values;

/// <summary>A JSL number: a double, with NaN as the missing value <c>.</c>.</summary>
internal sealed class NumberValue : Value
{
    private const int CacheLow = -128;
    private const int CacheHigh = 16383;
    private static readonly NumberValue[] SmallIntegers = CreateCache();

    /// <summary>The missing value <c>.</c>.</summary>
    public static readonly NumberValue Missing = new(double.NaN);

    /// <summary>0, also JSL's false.</summary>
    public static readonly NumberValue Zero = SmallIntegers[-CacheLow];

    /// <summary>1, also JSL's true.</summary>
    public static readonly NumberValue One = SmallIntegers[1 - CacheLow];

    private NumberValue(double value, bool isDate = false)
    {
        Value = value;
        IsDate = isDate;
    }

    /// <summary>A shared small integer, made once for the cache.</summary>
    private NumberValue(int shared)
    {
        Value = shared;
        _sharedAt = shared - CacheLow;
    }

    /// <summary>
    /// Where this value is among the shared small integers; -1 for every other value (fractions,
    /// -0, dates, anything out of the range): a sum of two shared integers, or of one and a written
    /// whole number, finds its shared result by adding positions (<see cref="Sum"/>, <see cref="Plus"/>).
    /// </summary>
    private readonly int _sharedAt = -1;

    /// <summary>
    /// True for a number tagged by <c>As Date</c> (or a date function) to display as a date
    /// (<c>15Jul2000</c>); arithmetic on it gives plain numbers, as in JMP.
    /// </summary>
    public bool IsDate { get; }

    /// <summary>A number tagged to display as a date (seconds since 1 Jan 1904).</summary>
    public static NumberValue Date(double seconds) => double.IsNaN(seconds) ? Missing : new NumberValue(seconds, isDate: true);

    /// <summary>The number; NaN when missing.</summary>
    public double Value { get; }

    /// <summary>True for the missing value.</summary>
    public bool IsMissing => double.IsNaN(Value);

    /// <inheritdoc/>
    public override string TypeName => "Number";

    /// <summary>Returns a value for <paramref name="value"/>, sharing instances for small integers.</summary>
    /// <remarks>
    /// Inlined: every arithmetic result passes here, and a shared integer that was made already
    /// (nearly every counter, index and small result) is answered with no call. Everything else,
    /// the first use of a shared integer included, is a call (<see cref="Share"/>, <see cref="Fresh"/>). Measured on a naive
    /// recursion (an argument n - 1 and a sum per call), the call of the whole method with its
    /// registers saved was about a sixth of each call's instructions.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static NumberValue Of(double value)
    {
        // The range first (NaN fails it): a large or fractional result then costs two comparisons.
        if (value >= CacheLow && value <= CacheHigh)
        {
            var i = RoundInRange(value, out var integral);
            // -0 keeps its sign: it is not the shared 0.
            if (integral && (i != 0 || BitConverter.DoubleToInt64Bits(value) == 0)) return SharedAt(i - CacheLow) ?? Share(i);
        }
        return Fresh(value);
    }

    /// <summary>
    /// <c>x + y</c> as <see cref="Of(double)"/> gives it: when both are shared integers and so is
    /// their sum, found by the positions, with no test of the sum's rounding (a recursion's sums
    /// of small results, counters).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static NumberValue Sum(NumberValue x, NumberValue y)
    {
        // Positions count from CacheLow, so the sum's is one CacheLow less than theirs added;
        // the sum of two whole numbers is never -0.
        var at = x._sharedAt + y._sharedAt + CacheLow;
        if ((x._sharedAt | y._sharedAt) >= 0 && (uint)at < (uint)SmallIntegers.Length && SharedAt(at) is { } shared) return shared;
        return Of(x.Value + y.Value);
    }

    /// <summary>
    /// <c>x + whole</c> as <see cref="Of(double)"/> gives it, for a written whole number
    /// (<c>n - 1</c> is <c>Plus( n, -1 )</c>) no further from 0 than the cache is long.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static NumberValue Plus(NumberValue x, int whole)
    {
        var at = x._sharedAt + whole;
        if (x._sharedAt >= 0 && (uint)at < (uint)SmallIntegers.Length && SharedAt(at) is { } shared) return shared;
        return Of(x.Value + whole);
    }

    /// <summary>The largest distance a written whole number may have from 0 for <see cref="Plus"/>.</summary>
    internal const int PlusRange = CacheHigh - CacheLow;

    /// <summary>The shared integer at a position known to be in the cache (no bounds check); null until it is first made.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static NumberValue? SharedAt(int at) =>
        System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(SmallIntegers), at);

    /// <summary>The shared integer <paramref name="i"/> on its first use.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static NumberValue Share(int i) => SmallIntegers[i - CacheLow] ??= new NumberValue(i);

    /// <summary>A value of its own for a number that is not a shared integer (the missing value for NaN).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static NumberValue Fresh(double value) => double.IsNaN(value) ? Missing : new NumberValue(value);

    /// <summary>
    /// <paramref name="value"/> rounded to an integer, for a value already known to be in the
    /// cache's range (|value| far below 2^51): adding 1.5 * 2^52 leaves the rounded integer in the
    /// low bits of the sum, so neither a cast's checks for NaN and overflow (which cannot happen
    /// here) nor a conversion back is needed; <paramref name="integral"/> says whether rounding
    /// changed nothing. Written without hardware intrinsics, whose reference assembly the
    /// framework-dependent runtime would open as one more file (the descriptor-limit tests count them).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int RoundInRange(double value, out bool integral)
    {
        const double Shift = 6755399441055744.0;
        var shifted = value + Shift;
        integral = shifted - Shift == value;
        return (int)BitConverter.DoubleToInt64Bits(shifted);
    }

    /// <summary>1 for true, 0 for false.</summary>
    public static NumberValue Of(bool value) => value ? One : Zero;

    /// <summary>
    /// The shared small integers, made on first use: integers up to a few thousand (counters,
    /// indices, remainders) are common enough that a per-result allocation shows up in the garbage
    /// collector's time, and filling the whole range at start-up would cost every run.
    /// </summary>
    private static NumberValue[] CreateCache()
    {
        var cache = new NumberValue[CacheHigh - CacheLow + 1];
        for (var i = 0; i <= 1 - CacheLow; i++) cache[i] = new NumberValue(i + CacheLow);
        return cache;
    }
}
