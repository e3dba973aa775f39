namespace KosovoElections.Domain.Staff;

[ShownToPeople]
public enum StaffRole
{
    Reviewer,
    Supervisor,
    Admin,

    /// <summary>Types the applications that arrive by post or e-mail, and nothing else (issue 15): no queue, no decisions, no documents.</summary>
    DataEntry,
}

/// <summary>
/// A CEC employee who works in the back office. Signs in with e-mail, password and a TOTP code; the authenticator key
/// is kept encrypted (<see cref="TotpSecret"/> holds only the protected text) and counts once a code has confirmed it.
/// </summary>
public sealed class StaffMember
{
    /// <summary>Failed passwords or codes in a row that lock the account (SECURITY T-AC-05: stricter than Identity's 5 / 5 min).</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>The stored hash of an account invited but without a password yet: no hasher produces it, so nothing signs in with it.</summary>
    public const string NoPassword = "";

    public StaffMember(string email, StaffRole role, string passwordHash, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        Email = email;
        NormalizedEmail = Normalize(email);
        Role = role;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    public string NormalizedEmail { get; private set; }

    public StaffRole Role { get; private set; }

    public string PasswordHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDisabled { get; private set; }

    /// <summary>The authenticator key, encrypted at rest; null until enrolment begins.</summary>
    public string? TotpSecret { get; private set; }

    /// <summary>When a code first proved the key; until then the key does not count and enrolment is forced.</summary>
    public DateTime? TotpConfirmedAt { get; private set; }

    /// <summary>The last TOTP step accepted, so that no code is accepted twice.</summary>
    public long? LastTotpStep { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public bool HasSecondFactor => TotpConfirmedAt is not null;

    /// <summary>False for an invited member until they set a password through their invitation link.</summary>
    public bool HasPassword => PasswordHash != NoPassword;

    public bool IsLockedAt(DateTime nowUtc) => LockedUntil > nowUtc;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>An account created by an admin's invitation: the member sets the password through the e-mailed link.</summary>
    public static StaffMember Invite(string email, StaffRole role, DateTime createdAt) => new(email, role, NoPassword, createdAt);

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;

    public void ChangeRole(StaffRole role) => Role = role;

    /// <summary>Forgets the authenticator (a lost or compromised phone): the next sign-in enrols a new key.</summary>
    public void ResetSecondFactor()
    {
        TotpSecret = null;
        TotpConfirmedAt = null;
        LastTotpStep = null;
    }

    /// <summary>Keeps a new, not yet confirmed key (already encrypted); an earlier unconfirmed key is replaced.</summary>
    public void BeginEnrolment(string protectedSecret)
    {
        if (HasSecondFactor)
        {
            throw new DomainException("The staff member already has a confirmed authenticator.");
        }

        TotpSecret = protectedSecret;
    }

    public void ConfirmEnrolment(DateTime nowUtc) => TotpConfirmedAt ??= nowUtc;
}
