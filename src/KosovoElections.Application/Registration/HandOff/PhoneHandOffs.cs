using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.HandOff;

/// <summary>Continue on a phone: a signed-in applicant asks for a one-time link; the phone redeems it for its own session.</summary>
public sealed class PhoneHandOffs(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Issues a link token for the applicant's own registration; earlier unused links stop working.</summary>
    public async Task<string> IssueAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var earlier = await db.PhoneHandOffs
            .Where(h => h.PersonalNumber == applicant.PersonalNumber && h.ElectionId == applicant.ElectionId && h.UsedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var handOff in earlier.Where(h => h.IsRedeemableAt(now)))
        {
            handOff.Redeem(now);
        }

        var (issued, token) = PhoneHandOff.Issue(applicant.PersonalNumber, applicant.ElectionId, now);
        db.PhoneHandOffs.Add(issued);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(applicant.PersonalNumber, AuditActions.Applicant.HandOffIssued, cancellationToken);
        return token;
    }

    /// <summary>Opens a session on the phone for the link's applicant, once, within 15 minutes; null otherwise.</summary>
    public async Task<string?> RedeemAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length is < 40 or > 64)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = PhoneHandOff.HashOf(token);
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var handOff = await db.PhoneHandOffs.FirstOrDefaultAsync(h => h.TokenHash == hash, cancellationToken);
        if (handOff is null || !handOff.IsRedeemableAt(now))
        {
            return null;
        }

        handOff.Redeem(now);
        var session = new ApplicantSession(handOff.PersonalNumber, handOff.ElectionId, now);
        db.ApplicantSessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // redeemed at the same moment on another request
        }

        await AuditAsync(handOff.PersonalNumber, AuditActions.Applicant.HandOffRedeemed, cancellationToken);
        return session.Id;
    }

    private Task AuditAsync(string personalNumber, string action, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(personalNumber), action), cancellationToken);
}
