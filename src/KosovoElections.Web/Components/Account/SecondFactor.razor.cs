using KosovoElections.Application.Staff.SignIn;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Account;

/// <summary>
/// The second factor (SECURITY T-AC-04), reachable only by a session that passed the password in the last 5 minutes.
/// A staff member without a confirmed authenticator enrols here first: the key as text and QR code, confirmed by a
/// code, then the recovery codes once. Success replaces the half-open session with a signed-in one.
/// </summary>
public sealed partial class SecondFactor
{
    [SupplyParameterFromForm(FormName = "staff-code")]
    private string? Code { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private AuthenticatorEnrolment Enrolment { get; set; } = default!;

    [Inject]
    private VerifyStaffCode Verify { get; set; } = default!;

    /// <summary>Set while the staff member still has to enrol an authenticator.</summary>
    private AuthenticatorKey? Key { get; set; }

    private StaffCodeStatus? Status { get; set; }

    private IReadOnlyList<string>? RecoveryCodes { get; set; }

    private string Next => string.IsNullOrEmpty(ReturnUrl) ? Landing : SafeReturnUrl.Within(ReturnUrl, "/office");

    /// <summary>A member who reviews starts at the queue, a data-entry operator at the postal entry; everyone else at the office's home.</summary>
    private string Landing => HttpContext.Staff()?.Role switch
    {
        { } role when role.Grants(Permission.ReviewApplications) => "/office/queue",
        StaffRole.DataEntry => "/office/postal/new",
        _ => "/office",
    };

    private string SessionId => HttpContext.Staff()!.SessionId;

    protected override async Task OnInitializedAsync() =>
        Key = await Enrolment.GetOrStartAsync(SessionId, HttpContext.RequestAborted);

    private async Task SubmitAsync()
    {
        var result = await Verify.HandleAsync(new VerifyStaffCodeCommand(SessionId, Code ?? string.Empty, HttpContext.Client()), HttpContext.RequestAborted);
        Status = result.Status;
        switch (result.Status)
        {
            case StaffCodeStatus.Accepted:
                await HttpContext.SignInAsync(StaffAuthentication.Scheme, StaffAuthentication.Principal(result.SessionId!));
                RecoveryCodes = result.RecoveryCodes;
                if (RecoveryCodes is null)
                {
                    Navigation.NavigateTo(Next);
                }

                break;
            case StaffCodeStatus.Locked:
                await HttpContext.SignOutAsync(StaffAuthentication.Scheme);
                break;
            case StaffCodeStatus.Expired:
                await HttpContext.SignOutAsync(StaffAuthentication.Scheme);
                Navigation.NavigateTo(StaffAuthentication.SignInPath);
                break;
        }
    }
}
