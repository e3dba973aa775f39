using KosovoElections.Application.Monitoring;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Monitoring;

/// <summary>
/// The outbox gauges: mail waiting to be sent and the age of the oldest. A gauge's callback cannot wait for the
/// database, so the scrape endpoint calls <see cref="RefreshAsync"/> first and the gauges report what it read. Both
/// queries stay within the pending-mail partial index the dispatcher uses, so a scrape costs little however much
/// mail was ever sent.
/// </summary>
public sealed class OutboxBacklog
{
    private readonly ElectionsDbFactory _dbFactory;
    private readonly TimeProvider _clock;
    private long _pending;
    private double _oldestAgeSeconds;

    public OutboxBacklog(ElectionsDbFactory dbFactory, TimeProvider clock, ElectionsMetrics metrics)
    {
        _dbFactory = dbFactory;
        _clock = clock;
        metrics.Meter.CreateObservableGauge("elections.outbox.backlog", () => Interlocked.Read(ref _pending), "{message}", "E-mails waiting to be sent (not sent, not given up)");
        metrics.Meter.CreateObservableGauge("elections.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest e-mail waiting to be sent; 0 when none waits");
    }

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _dbFactory.CreateAsync(cancellationToken);
        var pending = db.OutboxEmails.AsNoTracking().Where(m => m.SentAt == null && m.GaveUpAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTime?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        Interlocked.Exchange(ref _pending, count);
        Volatile.Write(ref _oldestAgeSeconds, oldest is { } created ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - created).TotalSeconds) : 0);
    }
}
