using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Domain.Applicants;

/// <summary>
/// A one-time code sent to prove an e-mail address (SPEC §4 step 4, §7). Only a salted hash of the code is kept:
/// HMAC-SHA256 keyed with a random per-code salt. A slow hash (PBKDF2) would add CPU to every check at the deadline
/// peak and still not protect a million-value code space from a stolen row; what protects the code is its ten-minute
/// life and five tries. The salt keeps one precomputed table from serving every row.
/// </summary>
public sealed class EmailCode
{
    public const int Digits = 6;
    public const int MaxTries = 5;
    private const int SaltBytes = 16;

    private EmailCode()
    {
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>1 for the application's first code, then one more for each; unique per application, so parallel requests cannot both win.</summary>
    public int Sequence { get; private set; }

    /// <summary>The address as the applicant typed it (trimmed), recorded on the application once verified.</summary>
    public string Email { get; private set; } = string.Empty;

    /// <summary>Lower-cased, for the per-address limit.</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    public byte[] Salt { get; private set; } = [];

    public byte[] Hash { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>Tries so far, right or wrong; counted before the comparison so that parallel guesses count too.</summary>
    public int Tries { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public int TriesLeft => Math.Max(0, MaxTries - Tries);

    /// <summary>Six digits from the operating system's CSPRNG, leading zeros kept.</summary>
    public static string NewCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static EmailCode Issue(Guid applicationId, int sequence, string email, string code, DateTime nowUtc, TimeSpan lifetime)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new EmailCode
        {
            ApplicationId = applicationId,
            Sequence = sequence,
            Email = email.Trim(),
            NormalizedEmail = Normalize(email),
            Salt = salt,
            Hash = HashOf(salt, code),
            CreatedAt = nowUtc,
            ExpiresAt = nowUtc + lifetime,
        };
    }

    public bool IsExpiredAt(DateTime nowUtc) => nowUtc >= ExpiresAt;

    /// <summary>Counts one try; false (and nothing counted) when the code is used or its tries are spent.</summary>
    public bool TryCountTry()
    {
        if (UsedAt is not null || Tries >= MaxTries)
        {
            return false;
        }

        Tries++;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Constant-time comparison of the hash of what was typed with the stored hash.</summary>
    public bool Matches(string typed) => CryptographicOperations.FixedTimeEquals(HashOf(Salt, typed.Trim()), Hash);

    public void MarkUsed(DateTime nowUtc)
    {
        if (UsedAt is not null)
        {
            throw new DomainException("This code was already used.");
        }

        UsedAt = nowUtc;
        Version = Guid.NewGuid();
    }

    private static byte[] HashOf(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));
}
