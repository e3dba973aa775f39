using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Domain.Applicants;

/// <summary>
/// A one-time link that continues a signed-in applicant's registration on a phone when the computer has no camera.
/// Only the token's SHA-256 is stored; the link works once, within 15 minutes.
/// </summary>
public sealed class PhoneHandOff
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private PhoneHandOff(string tokenHash, string personalNumber, Guid electionId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        TokenHash = tokenHash;
        PersonalNumber = personalNumber;
        ElectionId = electionId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string TokenHash { get; private set; }

    public string PersonalNumber { get; private set; }

    public Guid ElectionId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>A new hand-off and the token to put in the link (shown once, never stored).</summary>
    public static (PhoneHandOff HandOff, string Token) Issue(string personalNumber, Guid electionId, DateTime nowUtc)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new PhoneHandOff(HashOf(token), personalNumber, electionId, nowUtc), token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsRedeemableAt(DateTime nowUtc) => UsedAt is null && nowUtc - CreatedAt < Lifetime;

    public void Redeem(DateTime nowUtc)
    {
        if (!IsRedeemableAt(nowUtc))
        {
            throw new DomainException("This link has expired or was already used.");
        }

        UsedAt = nowUtc;
    }
}
