using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>A municipality an admin may send to the runoff, with how many of its voters abroad were approved in the first round.</summary>
public sealed record RunoffMunicipality(int Id, string NameSq, string NameSr, int Approved);

/// <summary>What the runoff page shows: its day, the runoff already opened (if any), the municipalities to choose from.</summary>
public sealed record RunoffChoices(DateOnly RunoffDay, Guid? Runoff, IReadOnlyList<RunoffMunicipality> Municipalities);

public sealed class GetRunoffChoices(IElectionsDbFactory dbFactory)
{
    /// <summary>Null unless <paramref name="firstRoundId"/> is a Local election.</summary>
    public async Task<RunoffChoices?> HandleAsync(Guid firstRoundId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var first = await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.Id == firstRoundId && e.Kind == ElectionKind.Local, cancellationToken);
        if (first is null)
        {
            return null;
        }

        var runoff = await db.Elections.Where(e => e.RunoffOf == first.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        var approved = await (
            from a in db.Applications.AsNoTracking()
            where a.ElectionId == first.Id && a.Status == ApplicationStatus.Approved
            join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
            group p by p.MunicipalityId into g
            select new { Municipality = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Municipality, g => g.Count, cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.NameSq).ToListAsync(cancellationToken);
        return new RunoffChoices(first.RunoffDay(), runoff,
            [.. municipalities.Select(m => new RunoffMunicipality(m.Id, m.NameSq, m.NameSr, approved.GetValueOrDefault(m.Id)))]);
    }
}
