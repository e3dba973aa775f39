using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Flags;

/// <summary>
/// The automatic flags of SPEC §5, computed when an application is sent and again when it is resubmitted: what it
/// shares with other applications (flagged on both, each pointing to the other), photos a reviewer will struggle to
/// read, and the person's earlier rejected or withdrawn application. Recomputing replaces this application's flags and
/// the ones pointing back to it, so nothing is counted twice.
/// </summary>
public sealed class FlagApplication(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<FlagKind>> HandleAsync(Guid applicationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.Status != ApplicationStatus.Draft, cancellationToken);
        if (application is null)
        {
            return [];
        }

        // A PDF scan has no picture measured: it is matched only as the same file.
        var documents = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var images = documents.Where(d => d.Format == DocumentFormat.Jpeg).ToList();
        List<FlagMatch> matches =
        [
            .. await FlagMatches.SharedContactsAsync(db, application, cancellationToken),
            .. await FlagMatches.SameImagesAsync(db, applicationId, documents, cancellationToken),
            .. await FlagMatches.SimilarImagesAsync(db, applicationId, images, cancellationToken),
            .. await FlagMatches.SamePersonAsync(db, application, cancellationToken),
        ];
        List<ApplicationFlag> own =
        [
            .. matches.Select(m => new ApplicationFlag(applicationId, m.Kind, m.Other, m.OwnDetail, now)),
            .. LowQuality(applicationId, images, now),
            .. await EarlierApplicationsAsync(db, application, now, cancellationToken),
        ];

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The flags pointing back are the other half of this application's matches: recomputed with them.
            await db.Flags.Where(f => f.ApplicationId == applicationId
                    || (f.OtherApplicationId == applicationId && f.Kind != FlagKind.EarlierApplication))
                .ExecuteDeleteAsync(cancellationToken);
            db.Flags.AddRange(own);
            db.Flags.AddRange(matches.Select(m => new ApplicationFlag(m.Other, m.Kind, applicationId, m.OtherDetail, now)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var kinds = own.Select(f => f.Kind).Distinct().Order().ToList();
        if (kinds.Count > 0)
        {
            await audit.AppendAsync(
                new AuditEntry(ActorKind.System, "flags", AuditActions.System.ApplicationFlagged, applicationId, string.Join(' ', kinds)),
                cancellationToken);
        }

        return kinds;
    }

    /// <summary>
    /// The thresholds are the capture page's own (<see cref="CaptureDocument.MinBrightness"/>: mean luma 0–255;
    /// <see cref="CaptureDocument.MinSharpness"/>: variance of the Laplacian on the thumbnail): below them the applicant
    /// was told the photo was too dark or blurred and chose to use it anyway, which is what a reviewer should know.
    /// </summary>
    private static IEnumerable<ApplicationFlag> LowQuality(Guid applicationId, List<Document> documents, DateTime now)
    {
        var dark = documents.Where(d => d.Brightness < CaptureDocument.MinBrightness).Select(d => d.Kind).ToList();
        if (dark.Count > 0)
        {
            yield return new ApplicationFlag(applicationId, FlagKind.LowBrightness, null, FlagDetail.Of(dark), now);
        }

        var blurred = documents.Where(d => d.Sharpness < CaptureDocument.MinSharpness).Select(d => d.Kind).ToList();
        if (blurred.Count > 0)
        {
            yield return new ApplicationFlag(applicationId, FlagKind.LowSharpness, null, FlagDetail.Of(blurred), now);
        }
    }

    private static async Task<List<ApplicationFlag>> EarlierApplicationsAsync(IElectionsDb db, VoterApplication application, DateTime now, CancellationToken cancellationToken)
    {
        var earlier = await db.Applications.AsNoTracking()
            .Where(a => a.ElectionId == application.ElectionId && a.PersonalNumber == application.PersonalNumber && a.Id != application.Id
                && (a.Status == ApplicationStatus.Rejected || a.Status == ApplicationStatus.Withdrawn))
            .ToListAsync(cancellationToken);
        return [.. earlier.Select(e => new ApplicationFlag(application.Id, FlagKind.EarlierApplication, e.Id, FlagDetail.Of(e.Status, e.Reasons), now))];
    }
}
