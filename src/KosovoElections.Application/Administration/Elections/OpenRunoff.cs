using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>An admin opens the mayoral runoff of <paramref name="FirstRoundId"/> for the municipalities that go to a second round.</summary>
public sealed record OpenRunoffCommand(Guid FirstRoundId, IReadOnlyCollection<int> MunicipalityIds, string Actor);

public sealed record RunoffOpened(Election Runoff, int CarriedOver);

/// <summary>
/// Opens a Local election's mayoral runoff (Law 03/L-072 art. 9.6, decision 0017): a new election of kind
/// MayoralRunoff on the Sunday four weeks later, with the first round's mailboxes, into which the approved applications
/// of voters registered in the chosen municipalities are carried over, receipt codes and all, in one transaction; no one
/// applies again. Opening it a second time is refused, also when two admins open it at once.
/// </summary>
public sealed class OpenRunoff(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public const string LocalOnly = "Election_RunoffLocalOnly";
    public const string TooEarly = "Election_RunoffTooEarly";
    public const string TooLate = "Election_RunoffTooLate";
    public const string NoMunicipality = "Election_RunoffNoMunicipality";
    public const string AlreadyOpen = "Election_RunoffAlreadyOpen";

    public async Task<Outcome<RunoffOpened>> HandleAsync(OpenRunoffCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var first = await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.Id == command.FirstRoundId, cancellationToken);
        if (first is null)
        {
            return Outcome<RunoffOpened>.Failure(SetDeadline.NoElection);
        }

        var municipalities = command.MunicipalityIds.Distinct().ToList();
        var known = await db.Municipalities.CountAsync(m => municipalities.Contains(m.Id), cancellationToken);
        if (await RefusalAsync(db, first, now, municipalities.Count, known, cancellationToken) is { } refusal)
        {
            return Outcome<RunoffOpened>.Failure(refusal.Key, refusal.Arguments);
        }

        var runoff = first.OpenRunoff(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Elections.Add(runoff);
        foreach (var mailbox in await db.Mailboxes.AsNoTracking().Where(m => m.ElectionId == first.Id).ToListAsync(cancellationToken))
        {
            db.Mailboxes.Add(mailbox.Place == MailboxPlace.Kosovo ? Mailbox.InKosovo(runoff, mailbox.Address) : Mailbox.Abroad(runoff, mailbox.CountryCode, mailbox.Address));
        }

        var approved = await (
            from a in db.Applications.AsNoTracking()
            where a.ElectionId == first.Id && a.Status == ApplicationStatus.Approved
            join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
            where municipalities.Contains(p.MunicipalityId)
            select a).ToListAsync(cancellationToken);
        db.Applications.AddRange(approved.Select(a => a.CarryOverTo(runoff, ReferenceNumber.New(), now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin opened it between our check and our insert; the unique index on RunoffOf kept it single.
            if (await RunoffOfAsync(first.Id, cancellationToken) is null)
            {
                throw;
            }

            return Outcome<RunoffOpened>.Failure(AlreadyOpen, first.Name);
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.RunoffOpened,
                Details: $"{runoff.Id} first-round={first.Id} day={runoff.ElectionDay:yyyy-MM-dd} municipalities={string.Join(',', municipalities.Order())} carried-over={approved.Count}"),
            cancellationToken);
        return Outcome<RunoffOpened>.Ok(new RunoffOpened(runoff, approved.Count));
    }

    private async Task<Guid?> RunoffOfAsync(Guid firstRoundId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.Elections.Where(e => e.RunoffOf == firstRoundId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<TextMessage?> RefusalAsync(IElectionsDb db, Election first, DateTime now, int chosen, int known, CancellationToken cancellationToken)
    {
        if (first.Kind != ElectionKind.Local)
        {
            return new(LocalOnly);
        }

        if (await db.Elections.AnyAsync(e => e.RunoffOf == first.Id, cancellationToken))
        {
            return new(AlreadyOpen, first.Name);
        }

        if (now < first.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return new(TooEarly, first.ElectionDay.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (now >= first.RunoffDay().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return new(TooLate, first.RunoffDay().ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        return chosen == 0 || known != chosen ? new(NoMunicipality) : null;
    }
}
