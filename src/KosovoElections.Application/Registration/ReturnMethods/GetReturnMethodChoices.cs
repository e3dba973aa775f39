using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.ReturnMethods;

/// <summary>A mission the applicant may still pick, with the places it has left.</summary>
public sealed record MissionChoice(Guid Id, string Name, string CountryCode, string City, int PlacesLeft);

/// <summary>
/// What the ballot-return page offers this applicant: the methods, the mailbox address each postal method implies,
/// and the missions with places left (their country of residence first). <see cref="MissionsFull"/> says that the
/// election has missions but every place is taken, so only the postal methods remain.
/// </summary>
public sealed record ReturnMethodChoices(
    IReadOnlyList<ReturnMethod> Methods,
    string? AbroadMailbox,
    string? KosovoMailbox,
    IReadOnlyList<MissionChoice> Missions,
    bool MissionsFull,
    ReturnMethodForm Chosen)
{
    /// <summary>The mission whose place was held for this draft and given to the next applicant, until a new choice.</summary>
    public string? LapsedMission { get; init; }
}

public sealed class GetReturnMethodChoices(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>The choices, or null when the application can no longer be changed.</summary>
    public async Task<ReturnMethodChoices?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(applicant, ApplicationStep.ReturnMethod, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var election = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == application.ElectionId, cancellationToken);
        var mailboxes = await db.Mailboxes.AsNoTracking().Where(m => m.ElectionId == election.Id).ToListAsync(cancellationToken);
        var residence = application.Address?.CountryCode;
        var missions = election.OffersDiplomaticMission ? await MissionsAsync(db, application, residence, cancellationToken) : [];
        var methods = election.ReturnMethods().Where(m => m != ReturnMethod.DiplomaticMission || missions.Count > 0).ToList();
        return new ReturnMethodChoices(
            methods,
            MailboxAddress(mailboxes, ReturnMethod.PostalAbroad, residence),
            MailboxAddress(mailboxes, ReturnMethod.PostalKosovo, residence),
            missions,
            election.OffersDiplomaticMission && missions.Count == 0,
            new ReturnMethodForm { Method = application.ReturnMethod, MissionId = application.MissionId })
        {
            LapsedMission = application.LapsedMissionId is { } lapsed
                ? await db.Missions.Where(m => m.Id == lapsed).Select(m => m.Name + ", " + m.City).SingleOrDefaultAsync(cancellationToken)
                : null,
        };
    }

    /// <summary>
    /// The address a postal method sends the ballot to: in Kosovo the Kosovo mailbox; abroad the mailbox of the
    /// country of residence, else the default abroad one. Null when the CEC has not published it yet.
    /// </summary>
    public static string? MailboxAddress(IReadOnlyCollection<Mailbox> mailboxes, ReturnMethod method, string? residence) => method switch
    {
        ReturnMethod.PostalKosovo => mailboxes.FirstOrDefault(m => m.Place == MailboxPlace.Kosovo)?.Address,
        ReturnMethod.PostalAbroad => (mailboxes.FirstOrDefault(m => m.Place == MailboxPlace.Abroad && residence is not null && m.CountryCode == residence)
            ?? mailboxes.FirstOrDefault(m => m.IsDefaultAbroad))?.Address,
        _ => null,
    };

    private static async Task<List<MissionChoice>> MissionsAsync(IElectionsDb db, VoterApplication application, string? residence, CancellationToken cancellationToken)
    {
        // The applicant's own mission stays on the list even when full: the place is theirs.
        var missions = await db.Missions.AsNoTracking()
            .Where(m => m.ElectionId == application.ElectionId && (m.Reserved < m.Capacity || m.Id == application.MissionId))
            .ToListAsync(cancellationToken);
        return
        [
            .. missions
                .OrderBy(m => m.CountryCode == residence ? 0 : 1)
                .ThenBy(m => m.CountryCode, StringComparer.Ordinal)
                .ThenBy(m => m.City, StringComparer.Ordinal)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => new MissionChoice(m.Id, m.Name, m.CountryCode, m.City, m.PlacesLeft)),
        ];
    }
}
