using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Email;

public sealed record VerifyEmailCodeCommand(ApplicantIdentity Applicant, string? Code);

/// <summary>Error messages are text keys the page translates.</summary>
public sealed class VerifyEmailCodeValidator : AbstractValidator<VerifyEmailCodeCommand>
{
    public const string CodeRequired = "EmailCode_Required";
    public const string CodeFormat = "EmailCode_Format";

    public VerifyEmailCodeValidator() =>
        RuleFor(c => c.Code)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(CodeRequired)
            .Must(c => c!.Trim() is { Length: EmailCode.Digits } t && t.All(char.IsAsciiDigit)).WithMessage(CodeFormat);
}

[ShownToPeople]
public enum EmailCodeCheck
{
    /// <summary>The code matched: the address is recorded on the application (the page goes on).</summary>
    [NotShownToPeople]
    Verified,

    /// <summary>The form of the code is wrong (not six digits); nothing was counted. The validator's messages are shown.</summary>
    [NotShownToPeople]
    Invalid,

    /// <summary>Wrong code; <see cref="VerifyEmailCodeResult.TriesLeft"/> tells how many remain, in the page's own text.</summary>
    [NotShownToPeople]
    WrongCode,

    Expired,

    /// <summary>The latest code was already used; ask for a new one.</summary>
    Used,

    /// <summary>Too many tries: the code no longer works, even the right one; ask for a new one.</summary>
    TooManyTries,

    /// <summary>No code was requested for this application.</summary>
    NoCode,

    /// <summary>The page says the application can no longer be changed, as every e-mail page does.</summary>
    [NotShownToPeople]
    NotEditable,
}

public sealed record VerifyEmailCodeResult(EmailCodeCheck Status, int TriesLeft = 0, string? Email = null, IReadOnlyList<string>? Errors = null);

/// <summary>
/// Checks a code against the latest code of the signed-in applicant's own application (SECURITY T-OTP-02/03/04): not
/// expired, not used, at most <see cref="EmailCode.MaxTries"/> tries. The try is counted and saved before the
/// comparison, so parallel guesses cannot share one try; success marks the code used and records the address on the
/// application in one save.
/// </summary>
public sealed class VerifyEmailCode(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<VerifyEmailCodeCommand> validator, ElectionsMetrics metrics)
{

    public async Task<VerifyEmailCodeResult> HandleAsync(VerifyEmailCodeCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return new(EmailCodeCheck.Invalid, Errors: validation.Errors.Select(e => e.ErrorMessage).ToArray());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(command.Applicant, ApplicationStep.Email, now, cancellationToken);
        if (application is null)
        {
            return new(EmailCodeCheck.NotEditable);
        }

        var code = await db.EmailCodes.Where(c => c.ApplicationId == application.Id).OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(cancellationToken);
        var refusal = code is null ? EmailCodeCheck.NoCode
            : code.UsedAt is not null ? EmailCodeCheck.Used
            : code.IsExpiredAt(now) ? EmailCodeCheck.Expired
            : !code.TryCountTry() ? EmailCodeCheck.TooManyTries
            : (EmailCodeCheck?)null;
        if (refusal is { } refused)
        {
            metrics.EmailCodeFailed(refused.ToString());
            await AuditAsync(command.Applicant, application.Id, AuditActions.Applicant.EmailCodeFailed, refused.ToString(), cancellationToken);
            return new(refused);
        }

        if (!await SavedAsync(db, cancellationToken))
        {
            // A parallel try of the same code was counted first; this one is not compared at all.
            metrics.EmailCodeFailed("ConcurrentTry");
            await AuditAsync(command.Applicant, application.Id, AuditActions.Applicant.EmailCodeFailed, "ConcurrentTry", cancellationToken);
            return new(EmailCodeCheck.WrongCode, code!.TriesLeft);
        }

        if (!code!.Matches(command.Code!))
        {
            var status = code.TriesLeft == 0 ? EmailCodeCheck.TooManyTries : EmailCodeCheck.WrongCode;
            metrics.EmailCodeFailed(status.ToString());
            await AuditAsync(command.Applicant, application.Id, AuditActions.Applicant.EmailCodeFailed, $"{status} tries={code.Tries}", cancellationToken);
            return new(status, code.TriesLeft);
        }

        code.MarkUsed(now);
        // Kept trimmed and lower-case, so that "the same e-mail on another application" is an equality along the
        // (election, e-mail) index (the review's shared-e-mail flag); the mail servers we send to ignore the case.
        application.RecordVerifiedEmail(code.NormalizedEmail, now);
        if (!await SavedAsync(db, cancellationToken))
        {
            metrics.EmailCodeFailed(nameof(EmailCodeCheck.Used));
            await AuditAsync(command.Applicant, application.Id, AuditActions.Applicant.EmailCodeFailed, "Used", cancellationToken);
            return new(EmailCodeCheck.Used);
        }

        await AuditAsync(command.Applicant, application.Id, AuditActions.Applicant.EmailVerified, $"to={RequestEmailCode.Mask(code.Email)} n={code.Sequence}", cancellationToken);
        return new(EmailCodeCheck.Verified, code.TriesLeft, code.Email);
    }

    private static async Task<bool> SavedAsync(IElectionsDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private Task AuditAsync(ApplicantIdentity applicant, Guid applicationId, string action, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(applicant.PersonalNumber), action, applicationId, details), cancellationToken);
}
