namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// A clock the test moves; the application reads time only through <see cref="TimeProvider"/>. Time stands still
/// unless the test advances it, and one-shot delays (the sign-in's fixed response time) complete at once but are
/// recorded, so a test can assert how long the application chose to wait without waiting itself.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = start;

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public void Set(DateTimeOffset now)
    {
        lock (_gate)
        {
            _now = now;
        }
    }

    public void ClearDelays()
    {
        lock (_gate)
        {
            _delays.Clear();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        lock (_gate)
        {
            _delays.Add(dueTime);
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
