namespace KosovoElections.Application.Monitoring;

/// <summary>
/// Events of one kind in a rolling window, kept as 60 buckets so memory stays fixed however hard the site is hit;
/// the count is therefore exact to one bucket (a sixtieth of the window). Tells the caller when the count reaches the
/// threshold, at most once per window. Not thread-safe: <see cref="SurgeAlerts"/> locks around it.
/// </summary>
internal sealed class SurgeWindow(TimeSpan window, int threshold)
{
    private const int Buckets = 60;
    private readonly long _width = Math.Max(1, window.Ticks / Buckets);
    private readonly long[] _bucketOf = new long[Buckets];
    private readonly int[] _counts = new int[Buckets];
    private DateTimeOffset? _warnedAt;

    /// <summary>Counts one event at <paramref name="now"/>; the count in the window when a warning is due, else null.</summary>
    public int? Record(DateTimeOffset now)
    {
        var bucket = now.UtcTicks / _width;
        var slot = (int)(bucket % Buckets);
        if (_bucketOf[slot] != bucket)
        {
            _bucketOf[slot] = bucket;
            _counts[slot] = 0;
        }

        _counts[slot]++;
        if (threshold <= 0 || (_warnedAt is { } warned && now - warned < window))
        {
            return null;
        }

        var count = 0;
        for (var i = 0; i < Buckets; i++)
        {
            if (_bucketOf[i] > bucket - Buckets && _bucketOf[i] <= bucket)
            {
                count += _counts[i];
            }
        }

        if (count < threshold)
        {
            return null;
        }

        _warnedAt = now;
        return count;
    }
}
