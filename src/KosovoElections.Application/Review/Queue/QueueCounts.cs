using System.Collections.Concurrent;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Review.Queue;

/// <summary>
/// The queue's counts per status, kept for <see cref="ReviewOptions.QueueCountsFor"/> per set of filters (decision record
/// 0012): counting every sent application reads each of its index entries, too slow to repeat on every page view at
/// 100,000 applications. A claim, a decision or a release made on this server forgets them at once, so a reviewer never
/// sees counts older than their own last action; what other processes change (commands, another instance) and new
/// submissions show within that time.
/// </summary>
public sealed class QueueCounts(ReviewOptions options, TimeProvider clock)
{
    /// <summary>Past this many kept filter sets, the lapsed ones are dropped (the date filters make the sets unbounded).</summary>
    private const int Kept = 256;

    private readonly ConcurrentDictionary<CountsKey, Entry> _entries = new();
    private long _generation;

    /// <summary>A status changed through this server: every kept count is stale.</summary>
    public void StatusChanged() => Interlocked.Increment(ref _generation);

    public async Task<IReadOnlyDictionary<ApplicationStatus, int>> GetAsync(
        ReviewQueueQuery query, Func<CancellationToken, Task<Dictionary<ApplicationStatus, int>>> count, CancellationToken cancellationToken)
    {
        var key = CountsKey.Of(query);
        var now = clock.GetUtcNow();
        // Read before counting: a change that lands while the count runs leaves the entry stale rather than wrongly fresh.
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var kept) && kept.Generation == generation && kept.Until > now)
        {
            return kept.Counts;
        }

        var counts = await count(cancellationToken);
        if (_entries.Count >= Kept)
        {
            foreach (var lapsed in _entries.Where(e => e.Value.Until <= now || e.Value.Generation != generation))
            {
                _entries.TryRemove(lapsed.Key, out _);
            }
        }

        _entries[key] = new Entry(counts, generation, now + options.QueueCountsFor);
        return counts;
    }

    private sealed record Entry(IReadOnlyDictionary<ApplicationStatus, int> Counts, long Generation, DateTimeOffset Until);

    /// <summary>Every filter but the status and the page, which the counts ignore, and the staff member, whom they do not depend on.</summary>
    private sealed record CountsKey(string? Country, int? MunicipalityId, ReturnMethod? ReturnMethod, FlagKind? Flag, DateTime? From, DateTime? Before, ApplicationChannel? Channel)
    {
        public static CountsKey Of(ReviewQueueQuery q) =>
            new(q.Country, q.MunicipalityId, q.ReturnMethod, q.Flag, q.SubmittedFromUtc, q.SubmittedBeforeUtc, q.Channel);
    }
}
