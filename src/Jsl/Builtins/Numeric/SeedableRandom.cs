using System.Buffers.Binary;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// The run's generator: xoshiro256** (Blackman and Vigna), seeded through SplitMix64. Unlike
/// System.Random its whole state is four 64-bit words, so <c>Random Seed State</c> can hand it to
/// a script as a blob and take it back. Every draw .NET's Random API offers goes through
/// <see cref="NextUInt64"/>, so all the random built-ins share one sequence.
/// </summary>
internal sealed class SeedableRandom : Random
{
    /// <summary>The length of <see cref="SaveState"/>'s bytes.</summary>
    public const int StateLength = 32;

    private ulong s0, s1, s2, s3;

    /// <summary>A generator seeded from the operating system's entropy.</summary>
    public SeedableRandom() : this(BinaryPrimitives.ReadUInt64LittleEndian(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)))
    {
    }

    /// <summary>A generator whose sequence is fixed by <paramref name="seed"/>.</summary>
    public SeedableRandom(ulong seed)
    {
        s0 = SplitMix(ref seed);
        s1 = SplitMix(ref seed);
        s2 = SplitMix(ref seed);
        s3 = SplitMix(ref seed);
    }

    /// <summary>The state as 32 little-endian bytes.</summary>
    public byte[] SaveState()
    {
        var bytes = new byte[StateLength];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(0), s0);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), s1);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16), s2);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(24), s3);
        return bytes;
    }

    /// <summary>Restores a state saved by <see cref="SaveState"/>; false when the bytes cannot be one.</summary>
    public bool RestoreState(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != StateLength) return false;
        var a = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var b = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        var c = BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]);
        var d = BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]);
        // All zeros is xoshiro's one fixed point: it would return 0 forever.
        if ((a | b | c | d) == 0) return false;
        (s0, s1, s2, s3) = (a, b, c, d);
        return true;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <inheritdoc/>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <inheritdoc/>
    protected override double Sample() => NextDouble();

    /// <inheritdoc/>
    public override int Next() => (int)(NextUInt64() >> 33) & int.MaxValue;

    /// <inheritdoc/>
    public override int Next(int maxValue) => (int)NextInt64(0, maxValue);

    /// <inheritdoc/>
    public override int Next(int minValue, int maxValue) => (int)NextInt64(minValue, maxValue);

    /// <inheritdoc/>
    public override long NextInt64() => (long)(NextUInt64() >> 1);

    /// <inheritdoc/>
    public override long NextInt64(long maxValue) => NextInt64(0, maxValue);

    /// <inheritdoc/>
    public override long NextInt64(long minValue, long maxValue)
    {
        if (maxValue <= minValue) return minValue;
        var range = (ulong)(maxValue - minValue);
        // Rejection from the smallest power-of-two mask keeps every value equally likely.
        var mask = ulong.MaxValue >> System.Numerics.BitOperations.LeadingZeroCount(range - 1 | 1);
        ulong draw;
        do draw = NextUInt64() & mask;
        while (draw >= range);
        return minValue + (long)draw;
    }

    /// <inheritdoc/>
    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    /// <inheritdoc/>
    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
