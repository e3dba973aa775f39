using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Application.Administration.Staff;

/// <summary>Seals an invitation's contents so that nobody can read or forge them; the implementation is Data Protection.</summary>
public interface IInvitationProtector
{
    string Protect(string payload);

    /// <summary>The sealed contents, or null for a token this site did not seal (forged, altered, cut short).</summary>
    string? Unprotect(string token);
}

/// <summary>
/// The set-password link of an invitation (decision 0014): the staff member's id, when the link lapses and a fingerprint
/// of the password hash it was issued for, sealed by <see cref="IInvitationProtector"/>. Nothing is stored: setting the
/// password changes the hash, so every link issued before no longer matches; the lapse is checked on
/// <see cref="TimeProvider"/>'s clock, so tests can move it.
/// </summary>
public sealed class StaffInvitations(IInvitationProtector protector, IEmailTemplates templates, IMailOutbox outbox, TimeProvider clock)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(48);

    /// <summary>The set-password page; the token follows as its last segment.</summary>
    private const string SetPasswordPath = "/office/set-password/";

    /// <summary>Queues the invitation letter in <paramref name="db"/>'s unit of work; returns when its link lapses.</summary>
    /// <param name="siteAddress">The site's address as the admin reached it ("https://host/"), which the link starts with.</param>
    public DateTime Enqueue(IElectionsDb db, StaffMember member, string language, string siteAddress)
    {
        var expires = clock.GetUtcNow().UtcDateTime + ValidFor;
        var payload = string.Join('|', member.Id.ToString("N"), expires.Ticks.ToString(CultureInfo.InvariantCulture), Fingerprint(member));
        var link = siteAddress.TrimEnd('/') + SetPasswordPath + protector.Protect(payload) + "?culture=" + Uri.EscapeDataString(language);
        outbox.Enqueue(db, templates.StaffInvitation(member.Email, language, link, member.Role, expires));
        return expires;
    }

    /// <summary>The staff member a token invites, while it is unexpired and the account is as it was when the link was sent.</summary>
    public async Task<StaffMember?> FindAsync(IElectionsDb db, string token, CancellationToken cancellationToken)
    {
        var parts = (token.Length is > 0 and <= 1000 ? protector.Unprotect(token) : null)?.Split('|');
        if (parts is not [var id, var ticks, var fingerprint]
            || !Guid.TryParseExact(id, "N", out var staffId)
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || clock.GetUtcNow().UtcDateTime.Ticks >= expires)
        {
            return null;
        }

        var member = await db.Staff.FindAsync([staffId], cancellationToken);
        return member is { IsDisabled: false, HasPassword: false } && Fingerprint(member) == fingerprint ? member : null;
    }

    /// <summary>Enough of the hash's SHA-256 to tell one password from the next; never the hash itself, which the link would carry.</summary>
    internal static string Fingerprint(StaffMember member) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(member.PasswordHash)).AsSpan(0, 16));
}
