using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Registration.Address;

/// <summary>The address-and-phone form filled with what the signed-in applicant saved before, while they may change it.</summary>
public sealed class GetMyAddressAndPhone(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>The saved values (an empty form when none were saved), or null when the application can no longer be changed.</summary>
    public async Task<AddressForm?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.EditableAsync(applicant, ApplicationStep.Address, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var form = new AddressForm();
        if (application.Address is { } address)
        {
            (form.Country, form.City, form.Street, form.PostalCode) = (address.CountryCode, address.City, address.Street, address.PostalCode);
        }

        if (application.Phone is { } phone)
        {
            (form.CallingCode, form.Phone) = PhoneNumbering.Split(phone, form.Country);
        }

        return form;
    }
}
