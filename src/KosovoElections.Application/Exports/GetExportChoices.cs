using KosovoElections.Application.Common;
using KosovoElections.Application.Statistics;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>What the exports page offers: the election exported, the municipalities, its return methods and the countries its approved voters live in.</summary>
public sealed record ExportChoices(ElectionName ElectionName, DateOnly ElectionDay, IReadOnlyList<Municipality> Municipalities, IReadOnlyList<ReturnMethod> ReturnMethods, IReadOnlyList<string> Countries);

public sealed class GetExportChoices(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>Null when no election has opened yet.</summary>
    public async Task<ExportChoices?> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } election)
        {
            return null;
        }

        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.NameSq).ToListAsync(cancellationToken);
        var countries = await db.Applications.AsNoTracking()
            .Where(a => a.ElectionId == election.Id && a.Status == ApplicationStatus.Approved && a.Address != null)
            .Select(a => a.Address!.CountryCode).Distinct().ToListAsync(cancellationToken);
        return new ExportChoices(election.Names, election.ElectionDay, municipalities, [.. election.ReturnMethods()], [.. countries.Order(StringComparer.Ordinal)]);
    }
}
