using FluentValidation;
using FluentValidation.Results;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Registration.Address;

/// <summary>The signed-in applicant saves the address abroad and phone they typed.</summary>
public sealed record RecordAddressAndPhoneCommand(ApplicantIdentity Applicant, AddressForm Form);

public enum AddressSaveStatus
{
    Saved,

    /// <summary>What was typed is not valid; see the validation.</summary>
    Invalid,

    /// <summary>No application the applicant may still change (submitted, or registration closed).</summary>
    NotEditable,
}

public sealed record AddressSaveResult(AddressSaveStatus Status, ValidationResult Validation);

/// <summary>
/// Saves the address abroad and the phone (SPEC §4 step 5) to the caller's own live application while it may be
/// changed, the values trimmed and in their canonical forms. The audit keeps the country and a masked phone only.
/// </summary>
public sealed class RecordAddressAndPhone(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<AddressForm> validator)
{

    public async Task<AddressSaveResult> HandleAsync(RecordAddressAndPhoneCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command.Form, cancellationToken);
        if (!validation.IsValid)
        {
            return new(AddressSaveStatus.Invalid, validation);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var address = command.Form.ToAddress();
        var phone = command.Form.NormalizedPhone.E164!;
        await using (var db = await dbFactory.OpenAsync(cancellationToken))
        {
            var application = await db.EditableAsync(command.Applicant, ApplicationStep.Address, now, cancellationToken);
            if (application is null)
            {
                return new(AddressSaveStatus.NotEditable, validation);
            }

            application.RecordAddress(address, phone, now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(
                new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.Applicant.PersonalNumber), AuditActions.Applicant.AddressRecorded, application.Id,
                    $"country={address.CountryCode} phone={PhoneNumbering.Mask(phone)}"),
                cancellationToken);
        }

        return new(AddressSaveStatus.Saved, validation);
    }
}
