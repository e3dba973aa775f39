namespace KosovoElections.Domain.Staff;

/// <summary>
/// A staff member's session, held on the server so that sign-out, expiry and disabling really end it. A session opened
/// by the password alone is <see cref="AwaitingSecondFactor"/>: it reaches only the code and enrolment pages and ends
/// after 5 minutes. Once the code passes, a new session (a new id) replaces it, ending after 15 minutes without
/// activity or 12 hours after sign-in.
/// </summary>
public sealed class StaffSession : ServerSession
{
    public static readonly TimeSpan SecondFactorTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    private StaffSession(Guid staffId, bool awaitingSecondFactor, DateTime nowUtc)
        : base(nowUtc)
    {
        StaffId = staffId;
        AwaitingSecondFactor = awaitingSecondFactor;
    }

    private StaffSession()
    {
    }

    public Guid StaffId { get; private set; }

    public bool AwaitingSecondFactor { get; private set; }

    /// <summary>The password was right; only the second factor is reachable.</summary>
    public static StaffSession AfterPassword(Guid staffId, DateTime nowUtc) => new(staffId, awaitingSecondFactor: true, nowUtc);

    /// <summary>Password and second factor passed.</summary>
    public static StaffSession SignedIn(Guid staffId, DateTime nowUtc) => new(staffId, awaitingSecondFactor: false, nowUtc);

    // Awaiting the code, the 5 minutes count from the password (never later than the last activity).
    public override bool IsActiveAt(DateTime nowUtc) => AwaitingSecondFactor
        ? IsWithin(nowUtc, SecondFactorTimeout, SecondFactorTimeout)
        : IsWithin(nowUtc, IdleTimeout, AbsoluteTimeout);
}
