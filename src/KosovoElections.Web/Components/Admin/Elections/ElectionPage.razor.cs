using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections;

/// <summary>
/// An election's names, day and return methods at /office/admin/elections/{id} (SPEC §6), statically rendered and
/// changed through <see cref="EditElection"/>; the deadline links to its own page, which asks for a reason.
/// </summary>
public sealed partial class ElectionPage
{
    [Parameter]
    public Guid ElectionId { get; set; }

    [SupplyParameterFromForm(FormName = "election", Name = "Form")]
    protected override ElectionForm? Posted { get; set; }

    /// <summary>1 when the new-election page has just created it.</summary>
    [SupplyParameterFromQuery]
    public int? Created { get; set; }

    /// <summary>What a mailbox or mission page just did (<see cref="Setup.ElectionSetupNotice"/>).</summary>
    [SupplyParameterFromQuery]
    public string? Done { get; set; }

    [Inject]
    private ListElections ListElections { get; set; } = default!;

    [Inject]
    private ListMailboxesAndMissions ListMailboxesAndMissions { get; set; } = default!;

    [Inject]
    private EditElection EditElection { get; set; } = default!;

    private Election? Election { get; set; }

    private bool Saved { get; set; }

    private bool IsRunoff => Election?.Kind == ElectionKind.MayoralRunoff;

    private MailboxesAndMissions? Setup { get; set; }

    /// <summary>The mayoral runoff opened from this Local election, if any.</summary>
    private Guid? Runoff { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Election = await ListElections.LoadAsync(ElectionId, HttpContext.RequestAborted);
        Setup = Election is null ? null : await ListMailboxesAndMissions.HandleAsync(Election.Id, HttpContext.RequestAborted);
        Runoff = Election is { Kind: ElectionKind.Local } ? await ListElections.RunoffOfAsync(Election.Id, HttpContext.RequestAborted) : null;
        if (Posted is null && Election is not null)
        {
            Form.Name = Election.Name;
            Form.NameSr = Election.NameSr;
            Form.NameEn = Election.NameEn;
            Form.Day.Show(Election.ElectionDay);
            Form.OffersPostalAbroad = Election.OffersPostalAbroad;
            Form.OffersPostalKosovo = Election.OffersPostalKosovo;
        }
    }

    private async Task SaveAsync()
    {
        if (Election is null || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        Errors.AddRange(Form.MissingNames().Select(e => new KeyValuePair<string, string>(e.Key, T[e.Value])));
        if (IsRunoff)
        {
            // Only the names of a second round change; its day and return methods are not on the form.
            (Form.OffersPostalAbroad, Form.OffersPostalKosovo) = (Election.OffersPostalAbroad, Election.OffersPostalKosovo);
        }

        var day = IsRunoff ? Election.ElectionDay : Form.Day.Date();
        if (day is null)
        {
            Errors.Add(new("DayDay", T["AdminElection_DayInvalid"]));
        }

        if (Errors.Count > 0 || day is null)
        {
            return;
        }

        var outcome = await EditElection.HandleAsync(
            new EditElectionCommand(Election.Id, Form.Name!, Form.NameSr!, Form.NameEn!, day.Value, Form.OffersPostalAbroad, Form.OffersPostalKosovo, staff.StaffId),
            HttpContext.RequestAborted);
        Errors.AddRange(outcome.Errors.Select(e => new KeyValuePair<string, string>(ElectionFieldOf(e.Key), T[e.Key, e.Arguments])));
        if (outcome.Succeeded)
        {
            Election = outcome.Value;
            Saved = true;
        }
    }

    /// <summary>Where on the page a refusal of the use case belongs.</summary>
    internal static string ElectionFieldOf(string key) => key switch
    {
        EditElectionValidator.NoReturnMethod => nameof(ElectionForm.OffersPostalAbroad),
        CreateElectionValidator.NameRequired or CreateElectionValidator.NameTooLong => nameof(ElectionForm.Name),
        CreateElectionValidator.ClosesBeforeOpens => "ClosesDay",
        CreateElection.Overlaps => "OpensDay",
        _ => "DayDay",
    };
}
