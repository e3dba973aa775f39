using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Staff;

/// <summary>
/// One staff account at /office/admin/staff/{id} (issue 14), statically rendered: its role, state and the changes an
/// admin may make (<see cref="ChangeStaffAccount"/>, and a new invitation while no password was chosen). Each form is
/// checked again on the server: the permission here, self and last-admin protection in the use case.
/// </summary>
public sealed partial class StaffMemberPage
{
    [Parameter]
    public Guid StaffId { get; set; }

    [SupplyParameterFromForm(FormName = "role")]
    private StaffRole? Role { get; set; }

    [SupplyParameterFromForm(FormName = "reinvite")]
    private string? Language { get; set; }

    [Inject]
    private ListStaff ListStaff { get; set; } = default!;

    [Inject]
    private ChangeStaffAccount ChangeStaffAccount { get; set; } = default!;

    [Inject]
    private InviteStaffMember InviteStaffMember { get; set; } = default!;

    private StaffRow? Member { get; set; }

    private StaffAccountChanged? Result { get; set; }

    private Outcome? Reinvited { get; set; }

    /// <summary>Whether a posted form's handler has run; until then the posted form is kept on the page (see <see cref="Offers"/>).</summary>
    private bool Handled { get; set; }

    protected override async Task OnInitializedAsync() => Member = await ListStaff.FindAsync(StaffId, HttpContext.RequestAborted);

    /// <summary>
    /// Whether the page offers a form: when the account's state allows it, and also for the form just posted from a page
    /// left open while the account changed, so that its handler runs and says what happened instead of a bare 400.
    /// </summary>
    private bool Offers(string form, bool allowed) =>
        allowed || !Handled && HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType
            && HttpContext.Request.Form["_handler"] == form;

    private Task ChangeRoleAsync() => Role is { } role ? ChangeAsync(StaffAccountChange.ChangeRole, role) : Task.CompletedTask;

    private Task DisableAsync() => ChangeAsync(StaffAccountChange.Disable);

    private Task EnableAsync() => ChangeAsync(StaffAccountChange.Enable);

    private Task ResetSecondFactorAsync() => ChangeAsync(StaffAccountChange.ResetSecondFactor);

    private async Task ChangeAsync(StaffAccountChange change, StaffRole? role = null)
    {
        if (HttpContext.Staff() is not { } admin || !admin.May(Permission.ManageStaff))
        {
            return;
        }

        Handled = true;
        Result = await ChangeStaffAccount.HandleAsync(new ChangeStaffAccountCommand(admin, StaffId, change, role), HttpContext.RequestAborted);
        Member = await ListStaff.FindAsync(StaffId, HttpContext.RequestAborted);
    }

    private async Task ReinviteAsync()
    {
        if (HttpContext.Staff() is not { } admin || !admin.May(Permission.ManageStaff))
        {
            return;
        }

        Handled = true;
        Reinvited = await InviteStaffMember.ResendAsync(admin, StaffId, InvitationLanguage.Of(Language), Navigation.BaseUri, HttpContext.RequestAborted);
    }
}
