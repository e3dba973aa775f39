using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Components.Shared;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections.Setup;

/// <summary>A mission as the admin types it; the capacity as text, so that "abc" is answered in words.</summary>
public sealed class MissionForm
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? City { get; set; }

    public string? Capacity { get; set; }
}

/// <summary>
/// A new diplomatic mission of an Assembly election, or one mission's capacity, at
/// /office/admin/elections/{id}/missions/… (SPEC §6), statically rendered, through the same <see cref="AddMission"/> as
/// `election add-mission` and through <see cref="ChangeMissionCapacity"/>, which never goes below the places taken.
/// </summary>
public sealed partial class MissionPage
{
    [Parameter]
    public Guid ElectionId { get; set; }

    [Parameter]
    public Guid? MissionId { get; set; }

    [SupplyParameterFromForm(FormName = "mission", Name = "Form")]
    protected override MissionForm? Posted { get; set; }

    [Inject]
    private ListElections ListElections { get; set; } = default!;

    [Inject]
    private ListMailboxesAndMissions ListMailboxesAndMissions { get; set; } = default!;

    [Inject]
    private AddMission AddMission { get; set; } = default!;

    [Inject]
    private ChangeMissionCapacity ChangeMissionCapacity { get; set; } = default!;

    private Election? Election { get; set; }

    private DiplomaticMission? Mission { get; set; }

    private string Title => Mission is { } mission ? T["AdminMission_Title", mission.Name] : T["AdminMissions_Add"];

    private string NotFound => Election is null ? T[SetDeadline.NoElection]
        : !Election.OffersDiplomaticMission ? T[AddMission.AssemblyOnly, Election.Names.InPageLanguage(), T[TextKey.For(Election.Kind)]]
        : T[ChangeMissionCapacity.NoMission];

    protected override async Task OnInitializedAsync()
    {
        Election = await ListElections.LoadAsync(ElectionId, HttpContext.RequestAborted);
        if (Election is not null && MissionId is { } id)
        {
            Mission = (await ListMailboxesAndMissions.HandleAsync(Election.Id, HttpContext.RequestAborted)).Missions.FirstOrDefault(m => m.Id == id);
        }

        if (Posted is null && Mission is { } mission)
        {
            Form.Capacity = mission.Capacity.ToString(CultureInfo.InvariantCulture);
        }
    }

    private string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task SaveAsync()
    {
        if (Election is not { OffersDiplomaticMission: true } || (MissionId is not null && Mission is null)
            || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        if (!int.TryParse(Form.Capacity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity))
        {
            Errors.Add(new(nameof(MissionForm.Capacity), T["AdminMission_CapacityInvalid"]));
            return;
        }

        if (Mission is { } mission)
        {
            var changed = await ChangeMissionCapacity.HandleAsync(new ChangeMissionCapacityCommand(Election.Id, mission.Id, capacity, staff.StaffId.ToString()), HttpContext.RequestAborted);
            Show(changed.Errors);
            if (changed.Succeeded)
            {
                Navigation.NavigateTo($"/office/admin/elections/{Election.Id}?done={ElectionSetupNotice.MissionChanged}#missions");
            }

            Mission = changed.Value ?? (await ListMailboxesAndMissions.HandleAsync(Election.Id, HttpContext.RequestAborted)).Missions.FirstOrDefault(m => m.Id == mission.Id);
            return;
        }

        if (string.IsNullOrEmpty(Form.Country))
        {
            Errors.Add(new(nameof(MissionForm.Country), T["AdminMission_CountryRequired"]));
            return;
        }

        var added = await AddMission.HandleAsync(
            new AddMissionCommand(Form.Name ?? string.Empty, Form.Country ?? string.Empty, Form.City ?? string.Empty, capacity, staff.StaffId.ToString(), Election.Id),
            HttpContext.RequestAborted);
        Show(added.Errors);
        if (added.Succeeded)
        {
            Navigation.NavigateTo($"/office/admin/elections/{Election.Id}?done={ElectionSetupNotice.MissionAdded}#missions");
        }
    }

    private void Show(IReadOnlyList<TextMessage> errors) =>
        Errors.AddRange(errors.Select(e => new KeyValuePair<string, string>(FieldOf(e.Key), T[e.Key, e.Arguments])));

    private static string FieldOf(string key) => key switch
    {
        AddMissionValidator.NameRequired or CreateElectionValidator.NameTooLong => nameof(MissionForm.Name),
        AddMissionValidator.CityRequired or AddMissionValidator.CityTooLong => nameof(MissionForm.City),
        AddMailboxValidator.CountryUnknown => nameof(MissionForm.Country),
        _ => nameof(MissionForm.Capacity),
    };
}
