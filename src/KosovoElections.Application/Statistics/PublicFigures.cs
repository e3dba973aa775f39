using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Statistics;

/// <summary>
/// The public statistics of one election as of <see cref="AsOf"/> (UTC): aggregate counts only, each protected by
/// <see cref="SmallCounts"/>. Countries are ISO codes; municipalities carry both official names.
/// </summary>
public sealed record PublicFigures(
    ElectionName ElectionName,
    DateOnly ElectionDay,
    DateTime AsOf,
    PublishedCount Total,
    PublishedTable<ApplicationStatus> ByStatus,
    PublishedTable<string> ByCountry,
    PublishedTable<Municipality> ByMunicipality,
    IReadOnlyList<DateOnly> Days,
    PublishedTable<DateOnly> SubmittedByDay,
    PublishedTable<DateOnly> ApprovedByDay,
    PublishedTable<DateOnly> RejectedByDay,
    PublishedTable<ApplicationChannel> ByChannel)
{
    /// <summary>The statuses the public sees, in the order an application moves through them.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Statuses =
    [
        ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.CorrectionRequested,
        ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn,
    ];
}
