using System.Net.Sockets;
using Jsl.Runtime.Descriptors;
using Jsl.Sockets;

namespace Jsl.Tests.Runtime.Descriptors;

/// <summary>How a failure is recognised as descriptor exhaustion, and where the sockets' reserve begins.</summary>
public sealed class DescriptorExhaustionTests
{
    [Fact]
    public void Emfile_and_enfile_io_errors_and_too_many_open_sockets_are_exhaustion()
    {
        Assert.True(DescriptorExhaustion.Explains(new IOException("Too many open files", 24)));
        Assert.True(DescriptorExhaustion.Explains(new IOException("Too many open files in system", 23)));
        Assert.True(DescriptorExhaustion.Explains(new SocketException((int)SocketError.TooManyOpenSockets)));
        Assert.True(DescriptorExhaustion.Explains(new TypeInitializationException("T", new IOException("x", 24))));
    }

    [Fact]
    public void Failures_that_only_may_mean_exhaustion_count_only_when_no_descriptor_is_free()
    {
        // Descriptors are plentiful while the tests run, so these are what they say.
        Assert.False(DescriptorExhaustion.Explains(new FileNotFoundException("Could not load file or assembly 'X'")));
        Assert.False(DescriptorExhaustion.Explains(new OutOfMemoryException()));
        Assert.False(DescriptorExhaustion.Explains(new IOException("disk full", 28)));
        Assert.False(DescriptorExhaustion.Explains(new InvalidOperationException()));
        Assert.False(DescriptorExhaustion.IsExhaustedNow());
    }

    [Fact]
    public void A_runtime_assembly_that_is_there_but_could_not_be_loaded_is_exhaustion_even_after_descriptors_are_free()
    {
        // .NET keeps a failed type initializer failed: the resolver that first ran at the limit
        // throws the same exception when descriptors are plentiful again (CI, stop 11).
        const string Present = "System.Net.NameResolution, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a";
        var notLoaded = new FileNotFoundException("Could not load file or assembly. The system cannot find the file specified.", Present);
        Assert.True(DescriptorExhaustion.Explains(notLoaded));
        Assert.True(DescriptorExhaustion.Explains(new TypeInitializationException("System.Net.NameResolutionActivity", notLoaded)));
        Assert.True(DescriptorExhaustion.Explains(new FileLoadException("Could not load", Present)));
        // An assembly the runtime does not have is what it says.
        Assert.False(DescriptorExhaustion.Explains(new FileNotFoundException("Could not load", "No.Such.Assembly, Version=1.0.0.0")));
        Assert.False(DescriptorExhaustion.Explains(new FileNotFoundException("Could not find file", "/tmp/no/such/file.jsl")));
    }

    [Fact]
    public void The_probe_gives_a_free_descriptor_number_above_the_standard_streams()
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.True(DescriptorProbe.LowestFree() > 2);
    }

    [Theory]
    [InlineData("Max open files            1024                 4096                 files     ", 1024L)]
    [InlineData("Max open files            64                   64                   files     ", 64L)]
    [InlineData("Max open files            unlimited            unlimited            files     ", null)]
    public void The_soft_limit_is_read_from_proc_self_limits(string line, long? expected) =>
        Assert.Equal(expected, OpenFileLimit.Parse(line));

    [Fact]
    public void Sockets_stop_short_of_the_limit_by_the_reserve()
    {
        if (OpenFileLimit.Current is not { } limit) return;
        Assert.True(SocketDescriptorReserve.Admits(limit - SocketDescriptorReserve.Reserve - 1));
        Assert.False(SocketDescriptorReserve.Admits(limit - SocketDescriptorReserve.Reserve));
        Assert.False(SocketDescriptorReserve.Admits(DescriptorProbe.None));
    }

    [Fact]
    public void The_message_names_the_limit()
    {
        var message = DescriptorExhaustion.Message("Regex");
        Assert.StartsWith("Regex: No more file descriptors are available", message, StringComparison.Ordinal);
        if (OpenFileLimit.Current is { } limit) Assert.EndsWith($"(the limit is {limit} open files)", message, StringComparison.Ordinal);
    }
}
