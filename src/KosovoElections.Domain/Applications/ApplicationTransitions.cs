namespace KosovoElections.Domain.Applications;

/// <summary>A change of status of an application, named by the <see cref="VoterApplication"/> method that makes it.</summary>
public enum Transition
{
    Submit,
    BeginReview,
    ReleaseReview,
    Approve,
    Reject,
    ProposeRejection,
    ConfirmRejection,
    RequestCorrection,
    Resubmit,
    Withdraw,
}

/// <summary>
/// The status machine of SPEC §3, once: the methods of <see cref="VoterApplication"/> and every question about what
/// an application may do next consult these rows, so a new transition (a second review, a reassignment) is a new row.
/// </summary>
public static class ApplicationTransitions
{
    /// <summary>One transition: the statuses it may start from and the status it leads to.</summary>
    public sealed record Row(Transition Transition, IReadOnlyList<ApplicationStatus> From, ApplicationStatus To);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new(Transition.Submit, [ApplicationStatus.Draft], ApplicationStatus.Submitted),

        // A claim whose lease lapsed may be claimed again (the method checks the lease).
        new(Transition.BeginReview, [ApplicationStatus.Submitted, ApplicationStatus.InReview], ApplicationStatus.InReview),
        new(Transition.ReleaseReview, [ApplicationStatus.InReview], ApplicationStatus.Submitted),
        new(Transition.Approve, [ApplicationStatus.InReview, ApplicationStatus.RejectionPending], ApplicationStatus.Approved),
        new(Transition.Reject, [ApplicationStatus.InReview], ApplicationStatus.Rejected),
        new(Transition.ProposeRejection, [ApplicationStatus.InReview], ApplicationStatus.RejectionPending),
        new(Transition.ConfirmRejection, [ApplicationStatus.RejectionPending], ApplicationStatus.Rejected),
        new(Transition.RequestCorrection, [ApplicationStatus.InReview, ApplicationStatus.RejectionPending], ApplicationStatus.CorrectionRequested),
        new(Transition.Resubmit, [ApplicationStatus.CorrectionRequested], ApplicationStatus.Submitted),
        new(Transition.Withdraw, [ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.CorrectionRequested], ApplicationStatus.Withdrawn),
    ];

    private static readonly Dictionary<Transition, Row> ByTransition = Rows.ToDictionary(r => r.Transition);

    /// <summary>
    /// The status an application in <paramref name="from"/> reaches by <paramref name="transition"/>; a transition the
    /// table does not allow from there is a broken rule, not an outcome.
    /// </summary>
    public static ApplicationStatus Target(Transition transition, ApplicationStatus from)
    {
        if (!ByTransition.TryGetValue(transition, out var row))
        {
            throw new DomainException($"{transition} is not a transition of an application.");
        }

        if (!row.From.Contains(from))
        {
            throw new DomainException($"An application cannot go from {from} to {row.To}.");
        }

        return row.To;
    }

    /// <summary>The statuses from which some transition reaches <paramref name="target"/>.</summary>
    public static IReadOnlyList<ApplicationStatus> AllowedFrom(ApplicationStatus target) =>
        Rows.Where(r => r.To == target).SelectMany(r => r.From).Distinct().ToList();
}
