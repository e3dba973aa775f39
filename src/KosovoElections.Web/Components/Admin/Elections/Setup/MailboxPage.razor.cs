using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Elections.Setup;

/// <summary>A mailbox as the admin types it: where it is (for a new one) and its address, lines as the envelope has them.</summary>
public sealed class MailboxForm
{
    public const string InKosovo = "kosovo";
    public const string DefaultAbroad = "default";
    public const string OneCountry = "country";

    public string? Where { get; set; }

    public string? Country { get; set; }

    public string? Address { get; set; }
}

/// <summary>Whether a removal was confirmed after the admin saw what goes.</summary>
public sealed class MailboxRemoval
{
    public bool Confirmed { get; set; }
}

/// <summary>
/// A new mailbox of an election, or one mailbox's address and removal, at /office/admin/elections/{id}/mailboxes/…
/// (SPEC §6), statically rendered, through the same <see cref="AddMailbox"/> as `election add-mailbox` and through
/// <see cref="RemoveMailbox"/>, which refuses while a live application's ballot goes to it.
/// </summary>
public sealed partial class MailboxPage
{
    [Parameter]
    public Guid ElectionId { get; set; }

    [Parameter]
    public Guid? MailboxId { get; set; }

    [SupplyParameterFromForm(FormName = "mailbox", Name = "Form")]
    protected override MailboxForm? Posted { get; set; }

    [SupplyParameterFromForm(FormName = "remove-mailbox", Name = "Removal")]
    private MailboxRemoval? Removal { get; set; }

    [Inject]
    private ListElections ListElections { get; set; } = default!;

    [Inject]
    private ListMailboxesAndMissions ListMailboxesAndMissions { get; set; } = default!;

    [Inject]
    private AddMailbox AddMailbox { get; set; } = default!;

    [Inject]
    private RemoveMailbox RemoveMailbox { get; set; } = default!;

    private Election? Election { get; set; }

    private Mailbox? Mailbox { get; set; }

    private bool ConfirmingRemoval { get; set; }

    private string? RemoveRefusal { get; set; }

    private string Title => Mailbox is { } mailbox ? T["AdminMailbox_Title", MailboxNames.Of(mailbox, T)] : T["AdminMailboxes_Add"];

    protected override async Task OnInitializedAsync()
    {
        Election = await ListElections.LoadAsync(ElectionId, HttpContext.RequestAborted);
        if (Election is not null && MailboxId is { } id)
        {
            Mailbox = (await ListMailboxesAndMissions.HandleAsync(Election.Id, HttpContext.RequestAborted)).Mailboxes.FirstOrDefault(m => m.Id == id);
        }

        if (Mailbox is { } mailbox)
        {
            // Where an existing mailbox is does not change here; only its address does.
            Form.Where = mailbox.Place == MailboxPlace.Kosovo ? MailboxForm.InKosovo : mailbox.CountryCode is null ? MailboxForm.DefaultAbroad : MailboxForm.OneCountry;
            Form.Country = mailbox.CountryCode;
            Form.Address = Posted?.Address ?? mailbox.Address;
        }
    }

    private string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task SaveAsync()
    {
        if (Election is null || (MailboxId is not null && Mailbox is null) || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        (MailboxPlace Place, string? Country)? place = Form.Where switch
        {
            MailboxForm.InKosovo => (MailboxPlace.Kosovo, null),
            MailboxForm.DefaultAbroad => (MailboxPlace.Abroad, null),
            MailboxForm.OneCountry when !string.IsNullOrEmpty(Form.Country) => (MailboxPlace.Abroad, Form.Country),
            _ => null,
        };
        if (place is null)
        {
            Errors.Add(Form.Where == MailboxForm.OneCountry ? new(nameof(MailboxForm.Country), T["AdminMailbox_CountryRequired"]) : new(nameof(MailboxForm.Where), T["AdminMailbox_WhereRequired"]));
        }

        if (string.IsNullOrWhiteSpace(Form.Address))
        {
            Errors.Add(new(nameof(MailboxForm.Address), T[AddMailboxValidator.AddressRequired]));
        }

        if (Errors.Count > 0 || place is not { } chosen)
        {
            return;
        }

        // The textarea posts CR LF; the address is stored with the command's plain line breaks.
        var address = Form.Address!.ReplaceLineEndings("\n");
        var outcome = await AddMailbox.HandleAsync(new AddMailboxCommand(chosen.Place, chosen.Country, address, staff.StaffId.ToString(), Election.Id), HttpContext.RequestAborted);
        Errors.AddRange(outcome.Errors.Select(e => new KeyValuePair<string, string>(
            e.Key == AddMailboxValidator.CountryUnknown ? nameof(MailboxForm.Country) : nameof(MailboxForm.Address), T[e.Key, e.Arguments])));
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/office/admin/elections/{Election.Id}?done={(outcome.Value!.Replaced ? ElectionSetupNotice.MailboxChanged : ElectionSetupNotice.MailboxAdded)}#mailboxes");
        }
    }

    private async Task RemoveAsync()
    {
        if (Election is null || Mailbox is null || HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            return;
        }

        if (Removal?.Confirmed != true)
        {
            ConfirmingRemoval = true;
            return;
        }

        var outcome = await RemoveMailbox.HandleAsync(new RemoveMailboxCommand(Election.Id, Mailbox.Id, staff.StaffId.ToString()), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/office/admin/elections/{Election.Id}?done={ElectionSetupNotice.MailboxRemoved}#mailboxes");
            return;
        }

        RemoveRefusal = T[outcome.Errors[0].Key, outcome.Errors[0].Arguments];
    }
}
