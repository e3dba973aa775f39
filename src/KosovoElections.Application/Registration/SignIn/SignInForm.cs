using FluentValidation;
using KosovoElections.Application.Common;

namespace KosovoElections.Application.Registration.SignIn;

/// <summary>What the applicant types on the sign-in page, as typed. Error messages are text keys the page translates.</summary>
public sealed class SignInForm
{
    public string? PersonalNumber { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>The token of the proof-of-work challenge the page was answered with, posted back as it came (hidden field).</summary>
    public string? Challenge { get; set; }

    /// <summary>The nonce the browser's worker found for <see cref="Challenge"/> (hidden field).</summary>
    public string? Nonce { get; set; }

    public ChallengeAnswer ChallengeAnswer => new(Challenge, Nonce);

    /// <summary>The personal number with spaces removed (people copy it from cards printed in groups).</summary>
    public string NormalizedPersonalNumber => new((PersonalNumber ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public DateOnly? DateOfBirth => TypedDate.Of(Day, Month, Year);
}

/// <summary>The one validator of the sign-in form: the page shows its messages by field, the server refuses on it.</summary>
public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public const string PersonalNumberRequired = "SignIn_PersonalNumberRequired";
    public const string PersonalNumberFormat = "SignIn_PersonalNumberFormat";
    public const string DateRequired = "SignIn_DateRequired";
    public const string DateInvalid = "SignIn_DateInvalid";
    public const string DateInFuture = "SignIn_DateInFuture";

    public SignInFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.PersonalNumber)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(PersonalNumberRequired)
            .MaximumLength(40).WithMessage(PersonalNumberFormat)
            .Must((form, _) => Domain.Registry.PersonalNumber.IsValid(form.NormalizedPersonalNumber)).WithMessage(PersonalNumberFormat);

        // Reported on the day field: the error summary links to the first field of the date (GOV.UK date input).
        RuleFor(f => f.Day)
            .Cascade(CascadeMode.Stop)
            .Must((form, _) => !string.IsNullOrWhiteSpace(form.Day) && !string.IsNullOrWhiteSpace(form.Month) && !string.IsNullOrWhiteSpace(form.Year))
            .WithMessage(DateRequired)
            .Must((form, _) => form.DateOfBirth is not null).WithMessage(DateInvalid)
            .Must((form, _) => form.DateOfBirth < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(DateInFuture);
    }
}
