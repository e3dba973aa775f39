using KosovoElections.Application.Statistics.Figures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Persistence.Figures;

/// <summary>
/// Counts one election's figures again from its applications, for applications written around the saves that keep
/// them (docs/decisions/0020): a database restored or mended by hand, the benchmarks' seeds. The same definition
/// (<see cref="CountedApplication"/>) as the saves, so a recount of figures the saves kept changes nothing.
/// </summary>
public static class FigureRecount
{
    /// <summary>Replaces the election's figures by a recount and says how many of them it found wrong or missing.</summary>
    public static async Task<int> RecountAsync(ElectionsDbContext db, Guid electionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresElectionsDbContext)
        {
            // No application may change between the count and its writing; SQLite's writer is alone already.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE applications IN SHARE MODE", cancellationToken);
        }

        var recounted = new FigureChanges();
        var applications = db.Applications.AsNoTracking().Where(a => a.ElectionId == electionId && a.SubmittedAt != null)
            .Select(a => new CountedApplication(
                a.ElectionId, a.Status, a.Channel, a.ReturnMethod, a.Address == null ? null : a.Address.CountryCode, a.MunicipalityId, a.SubmittedAt, a.DecidedAt))
            .AsAsyncEnumerable();
        await foreach (var application in applications.WithCancellation(cancellationToken))
        {
            recounted.Change(null, application);
        }

        var kept = (await db.FigureCounts.AsNoTracking().Where(f => f.ElectionId == electionId && f.Count != 0).ToListAsync(cancellationToken))
            .Select(f => KeyValuePair.Create(new FigureKey(f.ElectionId, f.Figure, f.Key, null), f.Count))
            .Concat((await db.FigureHours.AsNoTracking().Where(f => f.ElectionId == electionId && f.Count != 0).ToListAsync(cancellationToken))
                .Select(f => KeyValuePair.Create(new FigureKey(f.ElectionId, f.Figure, f.Key, f.Hour), f.Count)))
            .ToDictionary(c => c.Key, c => c.Value);
        var counted = recounted.NonZero.ToDictionary(c => c.Key, c => c.Value);
        var wrong = kept.Keys.Union(counted.Keys).Count(k => kept.GetValueOrDefault(k) != counted.GetValueOrDefault(k));

        await db.FigureCounts.Where(f => f.ElectionId == electionId).ExecuteDeleteAsync(cancellationToken);
        await db.FigureHours.Where(f => f.ElectionId == electionId).ExecuteDeleteAsync(cancellationToken);
        await KeptFigures.ApplyAsync(db.Database, recounted.NonZero, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return wrong;
    }
}
