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
    /// the first use of a shared integer included, is <see cref="Make"/>. Measured on a naive
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
            if (integral && (i != 0 || BitConverter.DoubleToInt64Bits(value) == 0))
            {
                // In range by the test above: no bounds check needed.
                var shared = System.Runtime.CompilerServices.Unsafe.Add(
                    ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(SmallIntegers), i - CacheLow);
                if (shared is not null) return shared;
            }
        }
        return Make(value);
    }

    /// <summary><see cref="Of(double)"/> for what it does not answer inline: a new value, or a shared integer made on its first use.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static NumberValue Make(double value)
    {
        if (value >= CacheLow && value <= CacheHigh)
        {
            var i = RoundInRange(value, out var integral);
            if (integral && (i != 0 || BitConverter.DoubleToInt64Bits(value) == 0))
            {
                return SmallIntegers[i - CacheLow] ??= new NumberValue(i);
            }
            return new NumberValue(value);
        }
        return double.IsNaN(value) ? Missing : new NumberValue(value);
    }

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
