using System.Security.Cryptography;

namespace KosovoElections.Domain.Staff;

/// <summary>
/// A staff member's session, held on the server so that sign-out, expiry and disabling really end it: the cookie
/// carries only the random id. A session opened by the password alone is <see cref="AwaitingSecondFactor"/>: it
/// reaches only the code and enrolment pages and ends after 5 minutes. Once the code passes, a new session (a new id)
/// replaces it, ending after 15 minutes without activity or 12 hours after sign-in.
/// </summary>
public sealed class StaffSession
{
    public static readonly TimeSpan SecondFactorTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    private StaffSession(Guid staffId, bool awaitingSecondFactor, DateTime nowUtc)
    {
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        StaffId = staffId;
        AwaitingSecondFactor = awaitingSecondFactor;
        StartedAt = nowUtc;
        LastSeenAt = nowUtc;
    }

    private StaffSession()
    {
        Id = string.Empty;
    }

    public string Id { get; private set; }

    public Guid StaffId { get; private set; }

    public bool AwaitingSecondFactor { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    /// <summary>The password was right; only the second factor is reachable.</summary>
    public static StaffSession AfterPassword(Guid staffId, DateTime nowUtc) => new(staffId, awaitingSecondFactor: true, nowUtc);

    /// <summary>Password and second factor passed.</summary>
    public static StaffSession SignedIn(Guid staffId, DateTime nowUtc) => new(staffId, awaitingSecondFactor: false, nowUtc);

    public bool IsActiveAt(DateTime nowUtc) => EndedAt is null && (AwaitingSecondFactor
        ? nowUtc - StartedAt < SecondFactorTimeout
        : nowUtc - LastSeenAt < IdleTimeout && nowUtc - StartedAt < AbsoluteTimeout);

    /// <summary>Records activity; worth saving about once a minute, which the caller decides by the return value.</summary>
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
