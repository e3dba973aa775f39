using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Address;

/// <summary>
/// Address abroad and phone (SPEC §4 step 5). A statically rendered form posted over plain HTTP, like the sign-in:
/// filled with what was saved before, kept as typed on any error, and on success on to the next unfinished step.
/// </summary>
public sealed partial class AddressStep
{
    [SupplyParameterFromForm(FormName = "address", Name = "Form")]
    private AddressForm? Posted { get; set; }

    [Inject]
    private GetMyAddressAndPhone GetMyAddressAndPhone { get; set; } = default!;

    [Inject]
    private RecordAddressAndPhone RecordAddressAndPhone { get; set; } = default!;

    [Inject]
    private GetMyApplication GetMyApplication { get; set; } = default!;

    /// <summary>What the form shows; null when the application can no longer be changed.</summary>
    private AddressForm? Form { get; set; }

    /// <summary>The authorization policy has checked the session and put its applicant on the request.</summary>
    private ApplicantIdentity Applicant => HttpContext.Applicant()!;

    protected override async Task OnInitializedAsync() =>
        Form = Posted ?? await GetMyAddressAndPhone.HandleAsync(Applicant, HttpContext.RequestAborted);

    private async Task SaveAsync()
    {
        var result = await RecordAddressAndPhone.HandleAsync(new RecordAddressAndPhoneCommand(Applicant, Form!), HttpContext.RequestAborted);
        switch (result.Status)
        {
            case AddressSaveStatus.Saved:
                Navigation.NavigateTo(ApplicationSteps.After(ApplicationStep.Address, await GetMyApplication.HandleAsync(Applicant, HttpContext.RequestAborted)));
                break;
            case AddressSaveStatus.Invalid:
                Errors.AddRange(AddressFields.Messages(result.Validation, T));
                break;
            default:
                Form = null;
                break;
        }
    }
}
