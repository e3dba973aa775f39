using KosovoElections.Application.Staff.SignIn;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Account;

/// <summary>The fields of the staff password step; the password is never written back into the page.</summary>
public sealed class StaffSignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// The password step of the staff sign-in (SPEC §5), a statically rendered form: the cookie it sets opens only the
/// second-factor page. Every refusal reads the same, whatever the reason.
/// </summary>
public sealed partial class StaffSignIn
{
    [SupplyParameterFromForm(FormName = "staff-sign-in", Name = "Form")]
    protected override StaffSignInForm? Posted { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInStaff SignInStaff { get; set; } = default!;

    private bool Refused { get; set; }

    private async Task SubmitAsync()
    {
        var result = await SignInStaff.HandleAsync(
            new SignInStaffCommand(Form.Email ?? string.Empty, Form.Password ?? string.Empty, HttpContext.Client()), HttpContext.RequestAborted);
        Form.Password = null;
        if (result.Status == StaffSignInStatus.Refused)
        {
            Refused = true;
            return;
        }

        await HttpContext.SignInAsync(StaffAuthentication.Scheme, StaffAuthentication.Principal(result.SessionId!));
        Navigation.NavigateTo(StaffAuthentication.SecondFactorPath + "?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl.Within(ReturnUrl, "/office")));
    }
}
