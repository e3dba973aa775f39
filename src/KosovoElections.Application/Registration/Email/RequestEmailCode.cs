using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Email;

/// <summary>The signed-in applicant asks for a code at this address, in the language the e-mail should be written in.</summary>
public sealed record RequestEmailCodeCommand(ApplicantIdentity Applicant, string? Email, string Language);

/// <summary>Error messages are text keys the page translates.</summary>
public sealed class RequestEmailCodeValidator : AbstractValidator<RequestEmailCodeCommand>
{
    public const string EmailRequired = "Email_Required";
    public const string EmailFormat = "Email_Format";

    public RequestEmailCodeValidator() => RuleFor(c => c.Email).ValidEmailAddress(EmailRequired, EmailFormat);
}

public enum EmailCodeRequestStatus
{
    /// <summary>A code was queued for sending.</summary>
    Sent,

    /// <summary>The address is not valid; see the errors.</summary>
    Invalid,

    /// <summary>Too soon after the last code, or the hourly limit is reached; wait for the cooldown.</summary>
    TooSoon,

    /// <summary>No application the applicant may still change (submitted, or registration closed).</summary>
    NotEditable,
}

/// <summary>The outcome, and how long until another code may be requested (for the page's visible countdown).</summary>
public sealed record EmailCodeRequestResult(EmailCodeRequestStatus Status, TimeSpan Cooldown, DateTime? ExpiresAt = null, IReadOnlyList<string>? Errors = null);

/// <summary>
/// Sends a 6-digit code to the address the applicant typed (SPEC §4 step 4, §7; SECURITY T-OTP-01/04/05): at most
/// <see cref="EmailCodeOptions.CodesPerHour"/> per application and per address in a rolling hour, and one per
/// <see cref="EmailCodeOptions.ResendInterval"/>. The code row and its e-mail are saved together; a unique sequence
/// per application lets only one of two parallel requests through.
/// </summary>
public sealed class RequestEmailCode(IElectionsDbFactory dbFactory, IMailOutbox outbox, IEmailTemplates templates, IAuditLog audit, TimeProvider clock, EmailCodeOptions options, IValidator<RequestEmailCodeCommand> validator, ElectionsMetrics metrics)
{

    public async Task<EmailCodeRequestResult> HandleAsync(RequestEmailCodeCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return new(EmailCodeRequestStatus.Invalid, TimeSpan.Zero, Errors: validation.Errors.Select(e => e.ErrorMessage).ToArray());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(command.Applicant, ApplicationStep.Email, now, cancellationToken);
        if (application is null)
        {
            return new(EmailCodeRequestStatus.NotEditable, TimeSpan.Zero);
        }

        var email = command.Email!.Trim();
        var normalized = EmailCode.Normalize(email);
        var (ofApplication, ofAddress) = await EmailCodeLimits.RecentAsync(db, application.Id, normalized, now, cancellationToken);
        var allowedAt = EmailCodeLimits.NextAllowed(options, ofApplication, ofAddress);
        if (now < allowedAt)
        {
            metrics.EmailCodeRefused();
            await AuditAsync(command.Applicant, AuditActions.Applicant.EmailCodeRefused, application.Id, $"to={Mask(email)} wait={(allowedAt - now).TotalSeconds:0}s", cancellationToken);
            return new(EmailCodeRequestStatus.TooSoon, allowedAt - now);
        }

        var sequence = await db.EmailCodes.Where(c => c.ApplicationId == application.Id).MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0;
        var code = EmailCode.NewCode();
        var row = EmailCode.Issue(application.Id, sequence + 1, email, code, now, options.Lifetime);
        db.EmailCodes.Add(row);
        outbox.Enqueue(db, templates.VerificationCode(email, command.Language, code, options.Lifetime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request of this application took the same sequence number at the same moment: that one was sent.
            return new(EmailCodeRequestStatus.TooSoon, options.ResendInterval);
        }

        await AuditAsync(command.Applicant, AuditActions.Applicant.EmailCodeRequested, application.Id, $"to={Mask(email)} n={row.Sequence}", cancellationToken);
        var cooldown = EmailCodeLimits.NextAllowed(options, [.. ofApplication, now], [.. ofAddress, now]) - now;
        return new(EmailCodeRequestStatus.Sent, cooldown, row.ExpiresAt);
    }

    /// <summary>What the audit log keeps of an address: its first letter and its domain.</summary>
    internal static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    private Task AuditAsync(ApplicantIdentity applicant, string action, Guid applicationId, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(applicant.PersonalNumber), action, applicationId, details), cancellationToken);
}
