using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Domain.Staff;

/// <summary>
/// One of the ten one-time codes a staff member can type instead of a TOTP code when the authenticator is lost.
/// Only the SHA-256 of the code is kept: the codes are random (60 bits), so a slow hash would add nothing.
/// </summary>
public sealed class StaffRecoveryCode
{
    public const int CodesPerStaffMember = 10;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public StaffRecoveryCode(Guid staffId, string code)
    {
        Id = Guid.NewGuid();
        StaffId = staffId;
        CodeHash = HashOf(code);
    }

    private StaffRecoveryCode()
    {
        CodeHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StaffId { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>A new code of twelve unambiguous characters, written in two groups of six.</summary>
    public static string NewCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
        return new string(chars, 0, 6) + "-" + new string(chars, 6, 6);
    }

    /// <summary>The hash of a code as typed: case, spaces and dashes do not matter.</summary>
    public static string HashOf(string typed)
    {
        var canonical = new string([.. typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(canonical)));
    }

    public void Use(DateTime nowUtc) => UsedAt ??= nowUtc;
}
