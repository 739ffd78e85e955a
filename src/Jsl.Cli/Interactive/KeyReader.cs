namespace Jsl.Cli.Interactive;

/// <summary>
/// Reads keys from the terminal on a thread of its own, so that the script's thread never blocks
/// on the keyboard and can run socket callbacks and schedules while the user types. Each key is
/// queued and the engine's event loop woken (<see cref="Engine.Post"/>); Ctrl-C while an entry
/// runs cancels that entry instead (<see cref="Running"/>).
/// </summary>
internal sealed class KeyReader : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<ConsoleKeyInfo> _keys = new();
    private readonly Engine _engine;
    private CancellationTokenSource? _running;

    /// <summary>Starts reading. Ctrl-C arrives as a key (the terminal's interrupt signal is off) until the process ends.</summary>
    public KeyReader(Engine engine)
    {
        _engine = engine;
        Console.TreatControlCAsInput = true;
        // A background thread: it is blocked in ReadKey when the session ends, and must not keep the process alive.
        new Thread(ReadKeys) { IsBackground = true, Name = "jsl keys" }.Start();
    }

    /// <summary>The running entry's cancellation, or null at the prompt: Ctrl-C cancels it.</summary>
    public CancellationTokenSource? Running
    {
        get => Volatile.Read(ref _running);
        set => Volatile.Write(ref _running, value);
    }

    /// <summary>True when a key is waiting.</summary>
    public bool HasKey => !_keys.IsEmpty;

    /// <summary>The next key typed, if any.</summary>
    public bool TryTake(out ConsoleKeyInfo key) => _keys.TryDequeue(out key);

    /// <summary>Gives Ctrl-C back to the terminal as its interrupt signal.</summary>
    public void Dispose() => Console.TreatControlCAsInput = false;

    private void ReadKeys()
    {
        while (true)
        {
            ConsoleKeyInfo key;
            try
            {
                key = Console.ReadKey(intercept: true);
            }
            catch (InvalidOperationException)
            {
                return;
            }
            if (IsControlC(key) && Running is { } entry)
            {
                entry.Cancel();
                continue;
            }
            _keys.Enqueue(key);
            _engine.Post(static () => { });
        }
    }

    private static bool IsControlC(ConsoleKeyInfo key) => KeyBindings.ActionFor(key) == EditAction.Cancel;
}
