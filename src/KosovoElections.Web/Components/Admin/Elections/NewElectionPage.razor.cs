using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections;

/// <summary>
/// A new election at /office/admin/elections/new (SPEC §6) through the same <see cref="CreateElection"/> as the
/// `election create` command, with its names in three languages; then its page, where the return methods are chosen.
/// A mayoral runoff is opened from its first round, never created here.
/// </summary>
public sealed partial class NewElectionPage
{
    private static readonly ElectionKind[] Kinds = [ElectionKind.Local, ElectionKind.Assembly, ElectionKind.Early];

    [SupplyParameterFromForm(FormName = "new-election", Name = "Form")]
    protected override NewElectionForm? Posted { get; set; }

    [Inject]
    private CreateElection CreateElection { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task CreateAsync()
    {
        if (HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        if (Form.Kind is not { } kind || !Kinds.Contains(kind))
        {
            Errors.Add(new(nameof(NewElectionForm.Kind), T["Election_KindUnknown"]));
        }

        Errors.AddRange(Form.MissingNames().Select(e => new KeyValuePair<string, string>(e.Key, T[e.Value])));
        var (day, opens, closes) = (Form.Day.Date(), Form.Opens.Utc(), Form.Closes.Utc());
        AddIfMissing(day, "DayDay", "AdminElection_DayInvalid");
        AddIfMissing(opens, "OpensDay", "AdminDeadline_DateInvalid");
        AddIfMissing(closes, "ClosesDay", "AdminDeadline_DateInvalid");
        if (day is { } electionDay && electionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) <= Clock.GetUtcNow().UtcDateTime)
        {
            Errors.Add(new("DayDay", T[EditElection.DayNotInFuture]));
        }

        if (Errors.Count > 0)
        {
            return;
        }

        var outcome = await CreateElection.HandleAsync(
            new CreateElectionCommand(Form.Name!, Form.Kind!.Value, day!.Value, opens!.Value, closes!.Value, staff.StaffId.ToString(), Form.NameSr, Form.NameEn),
            HttpContext.RequestAborted);
        Errors.AddRange(outcome.Errors.Select(e => new KeyValuePair<string, string>(ElectionPage.ElectionFieldOf(e.Key), T[e.Key, e.Arguments])));
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/office/admin/elections/{outcome.Value!.Id}?created=1");
        }
    }

    private void AddIfMissing<TValue>(TValue? value, string field, string key)
        where TValue : struct
    {
        if (value is null)
        {
            Errors.Add(new(field, T[key]));
        }
    }
}
