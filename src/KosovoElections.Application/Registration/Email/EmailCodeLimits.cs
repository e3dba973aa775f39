using KosovoElections.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Email;

/// <summary>
/// When the next code may be sent (SPEC §7): one per <see cref="EmailCodeOptions.ResendInterval"/> and at most
/// <see cref="EmailCodeOptions.CodesPerHour"/> per application and per address in a rolling hour. Shared by the request
/// itself and by the page that shows the countdown, so the two cannot disagree.
/// </summary>
internal static class EmailCodeLimits
{
    /// <summary>The instants of the codes sent in the last hour to this application and to this address.</summary>
    public static async Task<(List<DateTime> OfApplication, List<DateTime> OfAddress)> RecentAsync(
        IElectionsDb db, Guid applicationId, string normalizedEmail, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var since = nowUtc - EmailCodeOptions.Window;
        var recent = await db.EmailCodes.AsNoTracking()
            .Where(c => (c.ApplicationId == applicationId || c.NormalizedEmail == normalizedEmail) && c.CreatedAt > since)
            .Select(c => new { c.ApplicationId, c.NormalizedEmail, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return (
            recent.Where(c => c.ApplicationId == applicationId).Select(c => c.CreatedAt).ToList(),
            recent.Where(c => c.NormalizedEmail == normalizedEmail).Select(c => c.CreatedAt).ToList());
    }

    /// <summary>When the next code may be sent, given the instants of the codes sent in the last hour.</summary>
    public static DateTime NextAllowed(EmailCodeOptions options, List<DateTime> ofApplication, List<DateTime> ofAddress)
    {
        var next = DateTime.MinValue;
        if (ofApplication.Count > 0)
        {
            next = Later(next, ofApplication.Max() + options.ResendInterval);
        }

        foreach (var sent in new[] { ofApplication, ofAddress }.Where(s => s.Count >= options.CodesPerHour))
        {
            // The hour-old code that must age out before another fits in the limit.
            next = Later(next, sent.OrderDescending().ElementAt(options.CodesPerHour - 1) + EmailCodeOptions.Window);
        }

        return next;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
