using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Queue;

/// <summary>The choices of the queue's filters: the countries that submitted applications come from, and the municipalities.</summary>
public sealed record ReviewFilters(IReadOnlyList<string> Countries, IReadOnlyList<Municipality> Municipalities);

public sealed class GetReviewFilters(IElectionsDbFactory dbFactory)
{
    public async Task<Outcome<ReviewFilters>> HandleAsync(Staff.Sessions.StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ReviewApplications))
        {
            return Outcome<ReviewFilters>.Failure(TextKey.For(ClaimStatus.NotPermitted));
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var countries = await db.Applications.AsNoTracking().Sent()
            .Where(a => a.Address != null)
            .Select(a => a.Address!.CountryCode)
            .Distinct()
            .OrderBy(c => c)
            .ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.NameSq).ToListAsync(cancellationToken);
        return Outcome<ReviewFilters>.Ok(new ReviewFilters(countries, municipalities));
    }
}
