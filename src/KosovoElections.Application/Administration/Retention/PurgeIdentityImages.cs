using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Retention;

/// <summary>Who runs a purge: an admin from the page, or the system (the daily job, the `retention purge` command).</summary>
public sealed record PurgeIdentityImagesCommand(ActorKind ActorKind, string Actor, StaffIdentity? Staff = null)
{
    public static PurgeIdentityImagesCommand BySystem(string job) => new(ActorKind.System, job);

    public static PurgeIdentityImagesCommand ByStaff(StaffIdentity staff) => new(ActorKind.Staff, staff.StaffId.ToString(), staff);
}

/// <summary>What one run deleted: images of this many documents, of this many applications, under the rule of so many days.</summary>
public sealed record ImagesPurged(int Documents, int Applications, int ImageDays);

/// <summary>
/// Deletes the stored images and thumbnails of every document (selfie, identity document, selfie with it, proof of
/// address) of the applications whose election day is more than <see cref="RetentionOptions.ImageDays"/> past. The
/// application, its metadata and each document's row with its hashes stay, so flags and the history still hold; the
/// row records when its images went. Idempotent: a document already done is not looked at again. The blobs go before
/// the row is marked, so a run that stops halfway leaves rows the next run finishes, never an unreferenced image.
/// One audit event per run, with counts only.
/// </summary>
public sealed class PurgeIdentityImages(IElectionsDbFactory dbFactory, IDocumentStore store, IAuditLog audit, TimeProvider clock, RetentionOptions options)
{
    public const string NotAllowed = "Retention_NotAllowed";

    private const int BatchSize = 200;

    public async Task<Outcome<ImagesPurged>> HandleAsync(PurgeIdentityImagesCommand command, CancellationToken cancellationToken = default)
    {
        if (command.ActorKind == ActorKind.Staff && command.Staff?.May(Permission.ManageElections) != true)
        {
            return Outcome<ImagesPurged>.Failure(NotAllowed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var elections = await DueElectionsAsync(now, cancellationToken);
        var documents = 0;
        var applications = new HashSet<Guid>();
        while (elections.Count > 0)
        {
            await using var db = await dbFactory.OpenAsync(cancellationToken);
            var batch = await db.Documents
                .Where(d => d.ImagesDeletedAt == null && db.Applications.Any(a => a.Id == d.ApplicationId && elections.Contains(a.ElectionId)))
                .OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var document in batch)
            {
                await store.DeleteAsync(document.ImageRef, cancellationToken);
                await store.DeleteAsync(document.ThumbnailRef, cancellationToken);
                document.MarkImagesDeleted(now);
                applications.Add(document.ApplicationId);
            }

            await db.SaveChangesAsync(cancellationToken);
            documents += batch.Count;
            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        await audit.AppendAsync(
            new AuditEntry(command.ActorKind, command.Actor, AuditActions.Administration.ImagesPurged,
                Details: $"documents={documents} applications={applications.Count} image-days={options.ImageDays}"),
            cancellationToken);
        return Outcome<ImagesPurged>.Ok(new ImagesPurged(documents, applications.Count, options.ImageDays));
    }

    /// <summary>The elections whose images are due now; few rows, so the rule is applied in memory and shared with the page.</summary>
    private async Task<List<Guid>> DueElectionsAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var elections = await db.Elections.AsNoTracking().Select(e => new { e.Id, e.ElectionDay }).ToListAsync(cancellationToken);
        return elections.Where(e => options.IsDue(e.ElectionDay, now)).Select(e => e.Id).ToList();
    }
}
