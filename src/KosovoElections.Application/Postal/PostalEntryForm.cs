using FluentValidation;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Postal;

/// <summary>
/// What a staff member types from a paper (or e-mailed) application form, as typed. The address and phone are the
/// online page's fields under the same validator; the phone may be left out, as the applicant may have.
/// </summary>
public sealed class PostalEntryForm : AddressForm
{
    /// <summary><see cref="ApplicationChannel.Post"/> or <see cref="ApplicationChannel.Email"/>.</summary>
    public string? Channel { get; set; }

    public string? ReceivedDay { get; set; }

    public string? ReceivedMonth { get; set; }

    public string? ReceivedYear { get; set; }

    public string? PostmarkDay { get; set; }

    public string? PostmarkMonth { get; set; }

    public string? PostmarkYear { get; set; }

    public string? PersonalNumber { get; set; }

    public string? BirthDay { get; set; }

    public string? BirthMonth { get; set; }

    public string? BirthYear { get; set; }

    public string? Email { get; set; }

    public string? ReturnMethod { get; set; }

    /// <summary>Which Kosovo identity document the scan shows.</summary>
    public string? IdDocumentType { get; set; }

    /// <summary>Which proof of the address abroad the scan shows.</summary>
    public string? ProofOfAddressType { get; set; }

    /// <summary>The Kosovo identity documents accepted (SPEC §1); an ID card's scan shows both sides, so it is named by its front.</summary>
    public static IReadOnlyList<DocumentSubtype> IdDocumentTypes { get; } = [DocumentSubtype.IdCardFront, DocumentSubtype.Passport, DocumentSubtype.DrivingLicence];

    /// <summary>The proofs of an address abroad that the CEC accepts (SPEC §1).</summary>
    public static IReadOnlyList<DocumentSubtype> ProofOfAddressTypes { get; } =
    [
        DocumentSubtype.ForeignIdentityDocument, DocumentSubtype.LocalAuthorityConfirmation, DocumentSubtype.LeaseContract,
        DocumentSubtype.UtilityBill, DocumentSubtype.BankDocument, DocumentSubtype.InsuranceDocument,
        DocumentSubtype.HostAddressDocument, DocumentSubtype.OtherEvidence,
    ];

    public override bool PhoneRequired => false;

    /// <summary>The subtype chosen for a kind's document, when it is one of that kind's list.</summary>
    public DocumentSubtype? ChosenType(DocumentKind kind) =>
        kind == DocumentKind.IdDocument ? Chosen(IdDocumentType, IdDocumentTypes) : Chosen(ProofOfAddressType, ProofOfAddressTypes);

    public ApplicationChannel? ChosenChannel =>
        Enum.TryParse<ApplicationChannel>(Channel, out var channel) && channel is ApplicationChannel.Post or ApplicationChannel.Email ? channel : null;

    public ReturnMethod? ChosenReturnMethod =>
        Enum.TryParse<ReturnMethod>(ReturnMethod, out var method) && method is Domain.Elections.ReturnMethod.PostalAbroad or Domain.Elections.ReturnMethod.PostalKosovo
            ? method
            : null;

    private static DocumentSubtype? Chosen(string? typed, IReadOnlyList<DocumentSubtype> allowed) =>
        Enum.TryParse<DocumentSubtype>(typed, out var subtype) && allowed.Contains(subtype) ? subtype : null;

    public DateOnly? ReceivedOn => TypedDate.Of(ReceivedDay, ReceivedMonth, ReceivedYear);

    /// <summary>The postmark's date; only for an application sent by post.</summary>
    public DateOnly? PostmarkedOn => ChosenChannel == ApplicationChannel.Post ? TypedDate.Of(PostmarkDay, PostmarkMonth, PostmarkYear) : null;

    public DateOnly? DateOfBirth => TypedDate.Of(BirthDay, BirthMonth, BirthYear);

    /// <summary>The personal number with spaces removed (forms are filled in by hand, cards print it in groups).</summary>
    public string NormalizedPersonalNumber => new((PersonalNumber ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The e-mail as stored (trimmed, lower-case), or null when the form has none.</summary>
    public string? NormalizedEmail => string.IsNullOrWhiteSpace(Email) ? null : Domain.Applicants.EmailCode.Normalize(Email);

    /// <summary>The form as the aggregate takes it; only for a valid form.</summary>
    public PaperForm ToPaperForm() => new(
        ChosenChannel!.Value, ReceivedOn!.Value, PostmarkedOn, NormalizedEmail,
        string.IsNullOrWhiteSpace(Phone) ? null : NormalizedPhone.E164, ToAddress(), ChosenReturnMethod!.Value);
}

/// <summary>The one validator of the postal entry page: the page shows its messages by field, the server refuses on it.</summary>
public sealed class PostalEntryFormValidator : AbstractValidator<PostalEntryForm>
{
    public const string ChannelRequired = "Postal_ChannelRequired";
    public const string ReceivedRequired = "Postal_ReceivedRequired";
    public const string ReceivedInvalid = "Postal_ReceivedInvalid";
    public const string ReceivedInFuture = "Postal_ReceivedInFuture";
    public const string PostmarkRequired = "Postal_PostmarkRequired";
    public const string PostmarkInvalid = "Postal_PostmarkInvalid";
    public const string PostmarkAfterReceived = "Postal_PostmarkAfterReceived";
    public const string PersonalNumberRequired = "Postal_PersonalNumberRequired";
    public const string PersonalNumberFormat = "Postal_PersonalNumberFormat";
    public const string BirthRequired = "Postal_BirthRequired";
    public const string BirthInvalid = "Postal_BirthInvalid";
    public const string EmailInvalid = "Postal_EmailInvalid";
    public const string ReturnMethodRequired = "Postal_ReturnMethodRequired";
    public const string IdDocumentTypeRequired = "Postal_IdDocumentTypeRequired";
    public const string ProofOfAddressTypeRequired = "Postal_ProofOfAddressTypeRequired";

    public PostalEntryFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Channel).Must((f, _) => f.ChosenChannel is not null).WithMessage(ChannelRequired);

        // Dates are reported on their day box: the error summary links to the first box of a date (GOV.UK date input).
        RuleFor(f => f.ReceivedDay)
            .Cascade(CascadeMode.Stop)
            .Must((f, _) => TypedDate.IsFilled(f.ReceivedDay, f.ReceivedMonth, f.ReceivedYear)).WithMessage(ReceivedRequired)
            .Must((f, _) => f.ReceivedOn is not null).WithMessage(ReceivedInvalid)
            .Must((f, _) => f.ReceivedOn <= KosovoCalendar.DayOf(clock.GetUtcNow().UtcDateTime)).WithMessage(ReceivedInFuture);

        RuleFor(f => f.PostmarkDay)
            .Cascade(CascadeMode.Stop)
            .Must((f, _) => TypedDate.IsFilled(f.PostmarkDay, f.PostmarkMonth, f.PostmarkYear)).WithMessage(PostmarkRequired)
            .Must((f, _) => f.PostmarkedOn is not null).WithMessage(PostmarkInvalid)
            .Must((f, _) => f.ReceivedOn is null || f.PostmarkedOn <= f.ReceivedOn).WithMessage(PostmarkAfterReceived)
            .When(f => f.ChosenChannel == ApplicationChannel.Post);

        RuleFor(f => f.PersonalNumber)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(PersonalNumberRequired)
            .MaximumLength(40).WithMessage(PersonalNumberFormat)
            .Must((f, _) => Domain.Registry.PersonalNumber.IsValid(f.NormalizedPersonalNumber)).WithMessage(PersonalNumberFormat);

        RuleFor(f => f.BirthDay)
            .Cascade(CascadeMode.Stop)
            .Must((f, _) => TypedDate.IsFilled(f.BirthDay, f.BirthMonth, f.BirthYear)).WithMessage(BirthRequired)
            .Must((f, _) => f.DateOfBirth is not null && f.DateOfBirth < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(BirthInvalid);

        RuleFor(f => f.Email).Must(EmailAddress.IsValid).WithMessage(EmailInvalid).When(f => !string.IsNullOrWhiteSpace(f.Email));

        RuleFor(f => f.ReturnMethod).Must((f, _) => f.ChosenReturnMethod is not null).WithMessage(ReturnMethodRequired);

        Include(new AddressFormValidator());

        RuleFor(f => f.IdDocumentType).Must((f, _) => f.ChosenType(DocumentKind.IdDocument) is not null).WithMessage(IdDocumentTypeRequired);
        RuleFor(f => f.ProofOfAddressType).Must((f, _) => f.ChosenType(DocumentKind.ProofOfAddress) is not null).WithMessage(ProofOfAddressTypeRequired);
    }
}
