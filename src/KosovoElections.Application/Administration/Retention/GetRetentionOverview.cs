using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Retention;

/// <summary>Where an election's images stand under the retention rule.</summary>
[ShownToPeople]
public enum RetentionState
{
    /// <summary>Election day is not yet far enough past.</summary>
    Kept,

    /// <summary>Past its purge day with images still stored: the next run deletes them.</summary>
    Due,

    /// <summary>Past its purge day and nothing left to delete.</summary>
    Purged,
}

/// <summary>One election on the retention page: its purge day, the documents still holding images, when the last ones went.</summary>
public sealed record ElectionRetention(Guid Id, ElectionName Name, DateOnly ElectionDay, DateOnly PurgeDay, RetentionState State, int DocumentsWithImages, DateTime? ImagesDeletedAt);

/// <summary>The last run, from the audit log: when, and whether the system or a staff member ran it.</summary>
public sealed record LastPurge(DateTime At, ActorKind ActorKind);

/// <summary>The retention page: the setting, each election, the next purge day (null when none is coming) and the last run.</summary>
public sealed record RetentionOverview(int ImageDays, IReadOnlyList<ElectionRetention> Elections, DateOnly? NextPurgeDay, LastPurge? LastRun);

/// <summary>What the retention rule will do and has done, per election, latest election day first.</summary>
public sealed class GetRetentionOverview(IElectionsDbFactory dbFactory, TimeProvider clock, RetentionOptions options)
{
    public async Task<RetentionOverview> HandleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var elections = await db.Elections.AsNoTracking().Select(e => new { e.Id, Name = new ElectionName(e.Name, e.NameSr, e.NameEn), e.ElectionDay }).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => new { a.ElectionId, d.ImagesDeletedAt })
            .GroupBy(d => d.ElectionId)
            .Select(g => new { ElectionId = g.Key, WithImages = g.Count(d => d.ImagesDeletedAt == null), LastDeleted = g.Max(d => d.ImagesDeletedAt) })
            .ToDictionaryAsync(g => g.ElectionId, cancellationToken);
        var lastRun = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Administration.ImagesPurged)
            .OrderByDescending(e => e.Id)
            .Select(e => new LastPurge(e.OccurredAt, e.ActorKind))
            .FirstOrDefaultAsync(cancellationToken);

        var rows = elections.OrderByDescending(e => e.ElectionDay).Select(e =>
        {
            var held = documents.GetValueOrDefault(e.Id);
            var withImages = held?.WithImages ?? 0;
            var state = !options.IsDue(e.ElectionDay, now) ? RetentionState.Kept
                : withImages > 0 ? RetentionState.Due
                : RetentionState.Purged;
            return new ElectionRetention(e.Id, e.Name, e.ElectionDay, options.PurgeDay(e.ElectionDay), state, withImages, held?.LastDeleted);
        }).ToList();

        var today = DateOnly.FromDateTime(now);
        var next = rows.Where(r => r.State != RetentionState.Purged && r.DocumentsWithImages > 0)
            .Select(r => r.PurgeDay < today ? today : r.PurgeDay)
            .Order().Cast<DateOnly?>().FirstOrDefault();
        return new RetentionOverview(options.ImageDays, rows, next, lastRun);
    }
}
