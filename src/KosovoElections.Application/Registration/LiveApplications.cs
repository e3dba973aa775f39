using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration;

/// <summary>The one query for "this person's application in this election": the live one, never anyone else's.</summary>
public static class LiveApplications
{
    /// <summary>
    /// The application that still holds the person's place in the election: a unique index keeps one per channel, and
    /// the one made online comes first, so a person who also sent a paper form keeps working on their own online one
    /// (the paper one is theirs to follow when there is no other; docs/decisions/0016).
    /// </summary>
    public static IQueryable<VoterApplication> LiveOf(this IQueryable<VoterApplication> applications, Guid electionId, string personalNumber) =>
        applications.Where(a => a.ElectionId == electionId && a.PersonalNumber == personalNumber
                && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
            .OrderBy(a => a.Channel == ApplicationChannel.Online ? 0 : 1).ThenBy(a => a.CreatedAt);

    public static IQueryable<VoterApplication> LiveOf(this IQueryable<VoterApplication> applications, ApplicantIdentity applicant) =>
        applications.LiveOf(applicant.ElectionId, applicant.PersonalNumber);

    /// <summary>
    /// The signed-in applicant's live application (tracked) while they may still change it: the application is in an
    /// editable status and the election's registration window is open. Null otherwise.
    /// </summary>
    public static async Task<VoterApplication?> EditableAsync(this IElectionsDb db, ApplicantIdentity applicant, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!await db.AcceptsApplicationsAsync(applicant.ElectionId, nowUtc, cancellationToken))
        {
            return null;
        }

        var application = await db.Applications.LiveOf(applicant).FirstOrDefaultAsync(cancellationToken);
        return application is { IsEditable: true } ? application : null;
    }

    /// <summary>
    /// As <see cref="EditableAsync(IElectionsDb, ApplicantIdentity, DateTime, CancellationToken)"/>, and only when the
    /// applicant may redo <paramref name="step"/>: during a correction, exactly the steps the reviewer named.
    /// </summary>
    public static async Task<VoterApplication?> EditableAsync(this IElectionsDb db, ApplicantIdentity applicant, ApplicationStep step, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.EditableAsync(applicant, nowUtc, cancellationToken) is { } application && application.MayChange(step) ? application : null;

    /// <summary>True while the election's registration window is open: after it, nothing may change.</summary>
    public static Task<bool> AcceptsApplicationsAsync(this IElectionsDb db, Guid electionId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Elections.AnyAsync(e => e.Id == electionId && e.OpensAt <= nowUtc && nowUtc < e.ClosesAt, cancellationToken);
}
