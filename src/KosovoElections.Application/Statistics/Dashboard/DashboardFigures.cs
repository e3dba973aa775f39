using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Statistics.Dashboard;

/// <summary>How many applications share one key (a status, a country's ISO code, a municipality, a return method).</summary>
public sealed record KeyedCount<TKey>(TKey Key, int Count);

/// <summary>One reviewer's decisions today in Kosovo, per Kosovo hour (0–23, only hours with a decision).</summary>
public sealed record ReviewerDecisions(string Reviewer, IReadOnlyList<KeyedCount<int>> ByHour)
{
    public int Total => ByHour.Sum(h => h.Count);
}

/// <summary>
/// The supervisors' and admins' figures of one election as of <see cref="AsOf"/> (UTC), exact: aggregates only, no
/// applicant's data; reviewers by their staff e-mail. Tables hold only keys that have applications, largest first.
/// </summary>
public sealed record DashboardFigures(
    ElectionName ElectionName,
    DateTime ClosesAt,
    DateTime AsOf,
    IReadOnlyList<DailyCount> Daily,
    IReadOnlyList<KeyedCount<ApplicationStatus>> ByStatus,
    IReadOnlyList<KeyedCount<string>> ByCountry,
    IReadOnlyList<KeyedCount<Municipality>> ByMunicipality,
    IReadOnlyList<KeyedCount<ReturnMethod>> ByReturnMethod,
    IReadOnlyList<ReviewerDecisions> DecisionsToday,
    BacklogProjection Backlog)
{
    /// <summary>The statuses in the order an application moves through them; the CEC sees a pending rejection on its own.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Statuses =
    [
        ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.RejectionPending, ApplicationStatus.CorrectionRequested,
        ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn,
    ];

    /// <summary>Applications the CEC has still to decide: waiting, in review, or a rejection awaiting its second review.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Undecided =
        [ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.RejectionPending];
}

public enum DashboardStatus
{
    Ready,
    NoElection,
    NotAllowed,
}

public sealed record DashboardResult(DashboardStatus Status, DashboardFigures? Figures = null);
