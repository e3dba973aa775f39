using Microsoft.AspNetCore.Identity;

namespace KosovoElections.Infrastructure.Staff;

/// <summary>ASP.NET Core Identity's PBKDF2 password hashing (V3 format).</summary>
public sealed class IdentityPasswordHasher : Application.Administration.Staff.IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(User, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
