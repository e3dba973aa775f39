namespace KosovoElections.Domain.Applicants;

/// <summary>
/// A signed-in applicant, held on the server. It ends after 30 minutes without activity or 12 hours after sign-in,
/// whichever comes first.
/// </summary>
public sealed class ApplicantSession : ServerSession
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    public ApplicantSession(string personalNumber, Guid electionId, DateTime nowUtc)
        : base(nowUtc)
    {
        PersonalNumber = personalNumber;
        ElectionId = electionId;
    }

    private ApplicantSession()
    {
        PersonalNumber = string.Empty;
    }

    public string PersonalNumber { get; private set; }

    public Guid ElectionId { get; private set; }

    public override bool IsActiveAt(DateTime nowUtc) => IsWithin(nowUtc, IdleTimeout, AbsoluteTimeout);

    /// <summary>When the session ends unless there is activity first: 30 minutes after the last, at most 12 hours after sign-in.</summary>
    public DateTime EndsAt => LastSeenAt + IdleTimeout < StartedAt + AbsoluteTimeout ? LastSeenAt + IdleTimeout : StartedAt + AbsoluteTimeout;
}
