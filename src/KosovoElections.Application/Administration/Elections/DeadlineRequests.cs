using System.Globalization;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>A deadline change one admin asked for and a second admin has yet to confirm (T-AC-07).</summary>
public sealed record DeadlineRequest(long Id, Guid ElectionId, DateTime ClosesAt, string Reason, string RequestedBy, DateTime RequestedAt);

/// <summary>
/// The audit log is the record of a pending request: there is no table for it. A request is pending while it is the
/// election's latest deadline event; any change of the deadline after it (confirmed or not) leaves it behind.
/// </summary>
internal static class DeadlineRequests
{
    public static string Details(Guid electionId, DateTime closesAt, string reason) =>
        $"{electionId} to={closesAt:O} reason={reason.Trim()}";

    public static async Task<DeadlineRequest?> PendingDeadlineRequestAsync(this IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var prefix = electionId + " ";
        var latest = await db.AuditEvents.AsNoTracking()
            .Where(e => (e.Action == AuditActions.Administration.DeadlineChangeRequested || e.Action == AuditActions.Administration.DeadlineChanged)
                && e.Details.StartsWith(prefix))
            .OrderByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.Action != AuditActions.Administration.DeadlineChangeRequested)
        {
            return null;
        }

        var rest = latest.Details[prefix.Length..];
        const string To = "to=", Reason = " reason=";
        var reasonAt = rest.IndexOf(Reason, StringComparison.Ordinal);
        if (!rest.StartsWith(To, StringComparison.Ordinal) || reasonAt < 0
            || !DateTime.TryParse(rest[To.Length..reasonAt], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var closesAt))
        {
            return null;
        }

        return new DeadlineRequest(latest.Id, electionId, closesAt, rest[(reasonAt + Reason.Length)..], latest.Actor, latest.OccurredAt);
    }
}
