using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections.Setup;

/// <summary>The municipalities an admin sends to the mayoral runoff, by id.</summary>
public sealed class RunoffForm
{
    public List<int> Municipalities { get; set; } = [];
}

/// <summary>
/// A Local election's mayoral runoff at /office/admin/elections/{id}/runoff (Law 03/L-072 art. 9.6), statically
/// rendered: the municipalities that go to a second round, each with its approved voters abroad, then
/// <see cref="OpenRunoff"/>, and the runoff's own page.
/// </summary>
public sealed partial class RunoffPage
{
    [Parameter]
    public Guid ElectionId { get; set; }

    [SupplyParameterFromForm(FormName = "runoff", Name = "Form")]
    protected override RunoffForm? Posted { get; set; }

    [Inject]
    private ListElections ListElections { get; set; } = default!;

    [Inject]
    private GetRunoffChoices GetRunoffChoices { get; set; } = default!;

    [Inject]
    private OpenRunoff OpenRunoff { get; set; } = default!;

    private Election? Election { get; set; }

    private RunoffChoices? Choices { get; set; }

    private static bool Sr => CultureInfo.CurrentUICulture.Name.StartsWith("sr", StringComparison.OrdinalIgnoreCase);

    protected override async Task OnInitializedAsync()
    {
        Election = await ListElections.LoadAsync(ElectionId, HttpContext.RequestAborted);
        Choices = Election is null ? null : await GetRunoffChoices.HandleAsync(Election.Id, HttpContext.RequestAborted);
    }

    private string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task OpenAsync()
    {
        if (Election is null || Choices is not { Runoff: null } || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        var outcome = await OpenRunoff.HandleAsync(new OpenRunoffCommand(Election.Id, Form.Municipalities, staff.StaffId.ToString()), HttpContext.RequestAborted);
        Errors.AddRange(outcome.Errors.Select(e => new KeyValuePair<string, string>(nameof(RunoffForm.Municipalities), T[e.Key, e.Arguments])));
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/office/admin/elections/{outcome.Value!.Runoff.Id}?created=1");
        }
    }
}
