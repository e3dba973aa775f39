using KosovoElections.Application.Administration.Staff;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Staff;

public sealed class InviteForm
{
    public string? Email { get; set; }

    public StaffRole Role { get; set; } = StaffRole.Reviewer;

    public string? Language { get; set; }
}

/// <summary>
/// The staff accounts at /office/admin/staff (issue 14), statically rendered: every account with its role and state,
/// and the invitation of a new one (<see cref="InviteStaffMember"/>), whose letter carries a single-use link.
/// </summary>
public sealed partial class StaffPage
{
    [SupplyParameterFromForm(FormName = "invite", Name = "Form")]
    protected override InviteForm? Posted { get; set; }

    [Inject]
    private ListStaff ListStaff { get; set; } = default!;

    [Inject]
    private InviteStaffMember InviteStaffMember { get; set; } = default!;

    private IReadOnlyList<StaffRow> Members { get; set; } = [];

    private StaffMember? Invited { get; set; }

    protected override async Task OnInitializedAsync() => Members = await ListStaff.HandleAsync(HttpContext.RequestAborted);

    private string? FieldError(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task InviteAsync()
    {
        if (HttpContext.Staff() is not { } admin || !admin.May(Permission.ManageStaff))
        {
            return;
        }

        var command = new InviteStaffMemberCommand(admin, Form.Email ?? string.Empty, Form.Role, InvitationLanguage.Of(Form.Language), Navigation.BaseUri);
        var outcome = await InviteStaffMember.HandleAsync(command, HttpContext.RequestAborted);
        Errors.AddRange(outcome.Errors.Select(e => new KeyValuePair<string, string>("Email", T[e.Key, e.Arguments])));
        if (outcome.Succeeded)
        {
            Invited = outcome.Value;
            Form = new InviteForm();
            Members = await ListStaff.HandleAsync(HttpContext.RequestAborted);
        }
    }
}
