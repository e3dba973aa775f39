using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Email;

/// <summary>
/// What the e-mail pages show before anything is posted: whether the application may still change, the address last
/// verified, the address the latest code went to and whether that code still works, and how long until another code
/// may be requested (the same computation that <see cref="RequestEmailCode"/> enforces).
/// </summary>
public sealed record EmailCodeState(bool Editable, string? VerifiedEmail = null, LatestEmailCode? Latest = null, TimeSpan Cooldown = default);

/// <param name="Refusal">Why the code no longer works (<see cref="EmailCodeCheck.Used"/>, <see cref="EmailCodeCheck.Expired"/>, <see cref="EmailCodeCheck.TooManyTries"/>), or null while it does.</param>
public sealed record LatestEmailCode(string SentTo, DateTime ExpiresAt, int TriesLeft, EmailCodeCheck? Refusal);

public sealed class GetEmailCodeState(IElectionsDbFactory dbFactory, TimeProvider clock, EmailCodeOptions options)
{
    public async Task<EmailCodeState> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(applicant, ApplicationStep.Email, now, cancellationToken);
        if (application is null)
        {
            return new(Editable: false);
        }

        var code = await db.EmailCodes.AsNoTracking().Where(c => c.ApplicationId == application.Id)
            .OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return new(Editable: true, application.Email);
        }

        var (ofApplication, ofAddress) = await EmailCodeLimits.RecentAsync(db, application.Id, code.NormalizedEmail, now, cancellationToken);
        var allowedAt = EmailCodeLimits.NextAllowed(options, ofApplication, ofAddress);
        var refusal = code.UsedAt is not null ? EmailCodeCheck.Used
            : code.IsExpiredAt(now) ? EmailCodeCheck.Expired
            : code.Tries >= EmailCode.MaxTries ? EmailCodeCheck.TooManyTries
            : (EmailCodeCheck?)null;
        return new(
            Editable: true,
            application.Email,
            new LatestEmailCode(code.Email, code.ExpiresAt, code.TriesLeft, refusal),
            allowedAt > now ? allowedAt - now : TimeSpan.Zero);
    }
}
