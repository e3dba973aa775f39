using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Components.Shared;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections;

/// <summary>The new deadline as typed, in Kosovo time; <see cref="Confirmed"/> once the admin has seen old and new side by side.</summary>
public sealed class DeadlineForm : KosovoInstantFields
{
    public string? Reason { get; set; }

    public bool Confirmed { get; set; }
}

/// <summary>
/// An election's deadline at /office/admin/elections/{id}/deadline (SPEC §6, T-AC-07), statically rendered: the new
/// deadline and a reason, then old and new side by side to confirm, then <see cref="ChangeDeadline"/>, which either
/// moves it at once or records a request that a different admin confirms here.
/// </summary>
public sealed partial class DeadlinePage
{
    [Parameter]
    public Guid ElectionId { get; set; }

    [SupplyParameterFromForm(FormName = "deadline", Name = "Form")]
    protected override DeadlineForm? Posted { get; set; }

    [SupplyParameterFromForm(FormName = "confirm-request")]
    private long? RequestId { get; set; }

    [Inject]
    private ListElections ListElections { get; set; } = default!;

    [Inject]
    private ChangeDeadline ChangeDeadline { get; set; } = default!;

    [Inject]
    private ConfirmDeadlineChange ConfirmDeadlineChange { get; set; } = default!;

    [Inject]
    private ElectionsOptions Options { get; set; } = default!;

    private ElectionRow? Election { get; set; }

    private DeadlineRequest? Pending { get; set; }

    /// <summary>The new deadline in UTC while the admin confirms it.</summary>
    private DateTime? Proposed { get; set; }

    private DeadlineChange? Result { get; set; }

    private string? RequestRefusal { get; set; }

    private Guid StaffId => HttpContext.Staff()?.StaffId ?? Guid.Empty;

    private int SecondAdminDays => Options.DeadlineChangeWithoutSecondAdminDays;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (Posted is null && Election is not null)
        {
            Form.Show(Election.ClosesAt);
        }
    }

    private string? FieldError(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task SubmitAsync()
    {
        if (Election is null || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        var closes = Form.Utc();
        if (closes is null)
        {
            Errors.Add(new("Day", T["AdminDeadline_DateInvalid"]));
        }

        if (string.IsNullOrWhiteSpace(Form.Reason))
        {
            Errors.Add(new("Reason", T["Election_DeadlineReasonRequired"]));
        }

        if (Errors.Count > 0 || closes is null)
        {
            return;
        }

        if (!Form.Confirmed)
        {
            Proposed = closes;
            return;
        }

        var outcome = await ChangeDeadline.HandleAsync(new ChangeDeadlineCommand(Election.Id, closes.Value, Form.Reason!, staff.StaffId), HttpContext.RequestAborted);
        foreach (var error in outcome.Errors)
        {
            var field = error.Key.StartsWith("Election_DeadlineReason", StringComparison.Ordinal) ? "Reason" : "Day";
            Errors.Add(new(field, T[error.Key, error.Arguments]));
        }

        Result = outcome.Value;
        Form = new DeadlineForm { Day = Form.Day, Month = Form.Month, Year = Form.Year, Time = Form.Time };
        await LoadAsync();
    }

    private async Task ConfirmRequestAsync()
    {
        if (Election is null || RequestId is not { } id || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        var outcome = await ConfirmDeadlineChange.HandleAsync(new ConfirmDeadlineChangeCommand(Election.Id, id, staff.StaffId), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            Result = DeadlineChange.Changed;
        }
        else
        {
            RequestRefusal = outcome.Errors[0].Key;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Election = await ListElections.FindAsync(ElectionId, HttpContext.RequestAborted);
        Pending = Election is null ? null : await ConfirmDeadlineChange.PendingAsync(Election.Id, HttpContext.RequestAborted);
    }
}
