using System.Globalization;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Email;

/// <summary>
/// The e-mail question (SPEC §4 step 4): the applicant types an address and a code is sent to it. A statically rendered
/// form posted over plain HTTP, like the sign-in; on success the browser is sent on to the code page.
/// </summary>
public sealed partial class EnterEmail
{
    [SupplyParameterFromForm(FormName = "email")]
    private string? Email { get; set; }

    [Inject]
    private RequestEmailCode RequestEmailCode { get; set; } = default!;

    [Inject]
    private GetEmailCodeState GetEmailCodeState { get; set; } = default!;

    private string? FieldError => Errors.FirstOrDefault().Value;

    private bool Editable { get; set; }

    /// <summary>On a post the form is rendered whatever the state, so that the posted form exists to receive it; the handler then decides.</summary>
    private bool Posting { get; set; }

    private bool HasUsableCode { get; set; }

    private TimeSpan? TooSoon { get; set; }

    private ApplicantIdentity Applicant => HttpContext.Applicant()!;

    protected override async Task OnInitializedAsync()
    {
        Posting = HttpMethods.IsPost(HttpContext.Request.Method);
        var state = await GetEmailCodeState.HandleAsync(Applicant);
        Editable = state.Editable;
        HasUsableCode = state.Latest is { Refusal: null };
        Email ??= state.Latest?.SentTo ?? state.VerifiedEmail;
    }

    private async Task SubmitAsync()
    {
        Posting = false;
        var result = await RequestEmailCode.HandleAsync(new RequestEmailCodeCommand(Applicant, Email, CultureInfo.CurrentUICulture.Name));
        switch (result.Status)
        {
            case EmailCodeRequestStatus.Sent:
                Navigation.NavigateTo("/apply/email/code");
                break;
            case EmailCodeRequestStatus.Invalid:
                AddErrors("Email", result.Errors!);
                break;
            case EmailCodeRequestStatus.TooSoon:
                TooSoon = result.Cooldown;
                break;
            default:
                Editable = false;
                break;
        }
    }
}
