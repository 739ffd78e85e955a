namespace Jsl.Cli.Interactive;

/// <summary>
/// Reads keys from the terminal on a thread of its own, so that the script's thread never blocks
/// on the keyboard and can run socket callbacks and schedules while the user types. Each key is
/// queued and the engine's event loop woken (<see cref="Engine.Post"/>). Ctrl-C also fires the
/// cancellation of what runs now (<see cref="NextCancellation"/>): the entry, or a callback that
/// runs too long at the prompt; while an entry runs it is not queued as a key.
/// </summary>
internal sealed class KeyReader : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<ConsoleKeyInfo> _keys = new();
    private readonly Engine _engine;
    private readonly Lock _gate = new();
    private CancellationTokenSource _cancellation = new();
    private bool _inEntry;

    /// <summary>Starts reading. Ctrl-C arrives as a key (the terminal's interrupt signal is off) until the process ends.</summary>
    public KeyReader(Engine engine)
    {
        _engine = engine;
        Console.TreatControlCAsInput = true;
        // A background thread: it is blocked in ReadKey when the session ends, and must not keep the process alive.
        new Thread(ReadKeys) { IsBackground = true, Name = "jsl keys" }.Start();
    }

    /// <summary>
    /// The cancellation the next Ctrl-C fires, for an entry about to run (<paramref name="forEntry"/>:
    /// Ctrl-C then only cancels) or for the callbacks that run while the prompt waits (Ctrl-C also
    /// drops the typed line). Fresh once the last one was fired.
    /// </summary>
    public CancellationToken NextCancellation(bool forEntry)
    {
        lock (_gate)
        {
            if (_cancellation.IsCancellationRequested)
            {
                _cancellation.Dispose();
                _cancellation = new CancellationTokenSource();
            }
            _inEntry = forEntry;
            return _cancellation.Token;
        }
    }

    /// <summary>True when a key is waiting.</summary>
    public bool HasKey => !_keys.IsEmpty;

    /// <summary>The next key typed, if any.</summary>
    public bool TryTake(out ConsoleKeyInfo key) => _keys.TryDequeue(out key);

    /// <summary>Gives Ctrl-C back to the terminal as its interrupt signal.</summary>
    public void Dispose()
    {
        Console.TreatControlCAsInput = false;
        lock (_gate) _cancellation.Dispose();
    }

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
            if (IsControlC(key) && CancelOnControlC()) continue;
            _keys.Enqueue(key);
            _engine.Post(static () => { });
        }
    }

    /// <summary>Fires the cancellation; true when an entry is running, which is all Ctrl-C does then.</summary>
    private bool CancelOnControlC()
    {
        lock (_gate)
        {
            _cancellation.Cancel();
            return _inEntry;
        }
    }

    private static bool IsControlC(ConsoleKeyInfo key) => KeyBindings.ActionFor(key) == EditAction.Cancel;
}
