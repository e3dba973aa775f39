using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Review.Queue;

/// <summary>
/// What a reviewer asks of the queue: every status but a draft, or one status; narrowed by the address's country, the
/// registry's municipality, the return method, a flag and the submission instant (from inclusive, before exclusive: the
/// page turns days in Kosovo time into these instants) and how it arrived (online, by post, by e-mail); one page of
/// <see cref="GetReviewQueue.PageSize"/> rows.
/// </summary>
public sealed record ReviewQueueQuery(
    StaffIdentity Staff,
    ApplicationStatus? Status = null,
    string? Country = null,
    int? MunicipalityId = null,
    ReturnMethod? ReturnMethod = null,
    FlagKind? Flag = null,
    DateTime? SubmittedFromUtc = null,
    DateTime? SubmittedBeforeUtc = null,
    int Page = 1,
    ApplicationChannel? Channel = null);

/// <summary>One application in the queue, as the table shows it.</summary>
public sealed record QueueRow(
    Guid Id,
    string ReferenceNumber,
    DateTime SubmittedAt,
    ApplicationStatus Status,
    string? Country,
    string MunicipalitySq,
    string MunicipalitySr,
    ReturnMethod? ReturnMethod,
    IReadOnlyList<FlagKind> Flags,
    string? ClaimedByEmail,
    DateTime? ClaimedUntil,
    bool IsMine);

/// <summary>
/// One page of the queue: the reviewer's own live claims first (on the first page, whatever the order), then the page of
/// the others oldest first; the number of matching applications and of every status (the counts ignore the status filter,
/// so each count can be a link to that status).
/// </summary>
public sealed record ReviewQueue(
    IReadOnlyList<QueueRow> Rows,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyDictionary<ApplicationStatus, int> Counts);
