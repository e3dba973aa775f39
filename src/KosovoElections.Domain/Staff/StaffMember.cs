namespace KosovoElections.Domain.Staff;

public enum StaffRole
{
    Reviewer,
    Supervisor,
    Admin,
}

/// <summary>A CEC employee who works in the back office. The sign-in (password, TOTP) comes with the back-office work.</summary>
public sealed class StaffMember
{
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

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void Disable() => IsDisabled = true;
}
