using System.Security.Cryptography;

namespace KosovoElections.Domain.Applicants;

/// <summary>
/// A signed-in applicant, held on the server so that sign-out and expiry really end it: the cookie carries only the
/// session's random id. It ends after 30 minutes without activity or 12 hours after sign-in, whichever comes first.
/// </summary>
public sealed class ApplicantSession
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    public ApplicantSession(string personalNumber, Guid electionId, DateTime nowUtc)
    {
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        PersonalNumber = personalNumber;
        ElectionId = electionId;
        StartedAt = nowUtc;
        LastSeenAt = nowUtc;
    }

    private ApplicantSession()
    {
        Id = PersonalNumber = string.Empty;
    }

    public string Id { get; private set; }

    public string PersonalNumber { get; private set; }

    public Guid ElectionId { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public bool IsActiveAt(DateTime nowUtc) =>
        EndedAt is null && nowUtc - LastSeenAt < IdleTimeout && nowUtc - StartedAt < AbsoluteTimeout;

    /// <summary>Records activity; writes are worth saving only about once a minute, which the caller decides by the return value.</summary>
    public bool Touch(DateTime nowUtc)
    {
        if (nowUtc - LastSeenAt < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastSeenAt = nowUtc;
        return true;
    }

    public void End(DateTime nowUtc) => EndedAt ??= nowUtc;
}
