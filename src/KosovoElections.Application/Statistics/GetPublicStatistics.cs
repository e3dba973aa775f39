using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics;

/// <summary>
/// The public statistics (issue 14): counted at most once a minute for the whole site, whatever the language or format
/// asked for, so a crowd of journalists costs the database nothing. One instance for the host.
/// </summary>
public sealed class GetPublicStatistics(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>How long published figures are served before they are counted again.</summary>
    public static readonly TimeSpan CachedFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _counting = new(1, 1);
    private Counted? _last;

    /// <summary>The figures of the election open now or the last one opened; null when no election has opened yet.</summary>
    public async Task<PublicFigures?> HandleAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } fresh)
        {
            return fresh.Figures;
        }

        // One request counts while the others wait for its figures instead of counting too.
        await _counting.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } counted)
            {
                return counted.Figures;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var figures = await CountAsync(now, cancellationToken);
            _last = new Counted(figures, now);
            return figures;
        }
        finally
        {
            _counting.Release();
        }
    }

    private Counted? Fresh() =>
        _last is { } last && clock.GetUtcNow().UtcDateTime - last.At < CachedFor ? last : null;

    private async Task<PublicFigures?> CountAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(now, cancellationToken) is not { } election)
        {
            return null;
        }

        var counts = await ApplicationCounts.ReadAsync(db, election.Id, cancellationToken);
        var (byStatus, byCountry, byMunicipality, daily, byChannel) =
            (counts.ByStatusAsApplicantsSeeIt, counts.ByCountry, counts.ByMunicipality, counts.Daily, counts.ByChannel);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);

        var statuses = SmallCounts.Protect([.. PublicFigures.Statuses.Select(s => (s, byStatus.GetValueOrDefault(s)))]);
        return new PublicFigures(
            election.Names,
            election.ElectionDay,
            now,
            SmallCounts.Single(byStatus.Values.Sum()),
            statuses,
            SmallCounts.Protect([.. byCountry.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))]),
            SmallCounts.Protect([.. municipalities.Select(m => (m, byMunicipality.GetValueOrDefault(m.Id)))]),
            [.. daily.Select(d => d.Day)],
            SmallCounts.Protect([.. daily.Select(d => (d.Day, d.Submitted))]),
            DecidedByDay(statuses[ApplicationStatus.Approved], [.. daily.Select(d => (d.Day, d.Approved))]),
            DecidedByDay(statuses[ApplicationStatus.Rejected], [.. daily.Select(d => (d.Day, d.Rejected))]),
            SmallCounts.Protect([.. Enum.GetValues<ApplicationChannel>().Select(c => (c, byChannel.GetValueOrDefault(c)))]));
    }

    /// <summary>
    /// Decisions per day add up to the status's count, so they are published only when that count is: otherwise their
    /// sum would give away the hidden count, and through it the cells it protects.
    /// </summary>
    private static PublishedTable<DateOnly> DecidedByDay(PublishedCount statusCount, IReadOnlyList<(DateOnly, int)> days) =>
        statusCount.Shown == CountShown.Exact ? SmallCounts.Protect(days) : PublishedTable<DateOnly>.WithheldWhole();

    private sealed record Counted(PublicFigures? Figures, DateTime At);
}
