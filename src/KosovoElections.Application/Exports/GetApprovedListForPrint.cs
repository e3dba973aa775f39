using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>A municipality's approved list as printed for its municipal election commission.</summary>
public sealed record ApprovedListForPrint(ElectionName ElectionName, DateOnly ElectionDay, Municipality Municipality, IReadOnlyList<PrintedVoter> Voters);

public sealed record PrintedVoter(ApprovedVoter Voter, string? SendTo);

/// <summary>
/// The printable approved list of one municipality (issue 14): a municipality's voters abroad are a few thousand at
/// most, so the page holds them; opening it is audited like a download. Null when refused or unknown.
/// </summary>
public sealed class GetApprovedListForPrint(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public async Task<ApprovedListForPrint?> HandleAsync(StaffIdentity staff, int municipalityId, CancellationToken cancellationToken = default)
    {
        if (!staff.MayExport())
        {
            return null;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.ForFiguresAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        if (election is null || municipality is null)
        {
            return null;
        }

        var sendTo = await ApprovedVoters.SendToAsync(db, election.Id, cancellationToken);
        var voters = await ApprovedVoters.Of(db, election.Id).Where(v => v.MunicipalityId == municipalityId)
            .OrderBy(v => v.LastName).ThenBy(v => v.FirstName).ThenBy(v => v.PersonalNumber).ToListAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, staff.Email, AuditActions.Administration.ApprovedListPrinted,
            Details: $"election {election.Id}; municipality {municipality.NameSq}; {voters.Count} voters"), cancellationToken);
        return new ApprovedListForPrint(election.Names, election.ElectionDay, municipality, [.. voters.Select(v => new PrintedVoter(v, sendTo(v)))]);
    }
}
