using KosovoElections.Application.Review.Leases;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Review.Leases;

/// <summary>
/// The supervisor's leases at /office/leases, statically rendered: every live claim with Release (back to the queue)
/// and Reassign (to another reviewer). One form holds the table, so a press on a row that vanished meanwhile (the lease
/// lapsed, was decided or changed hands) still reaches the page and is answered in words.
/// </summary>
public sealed partial class LeasesPage
{
    [SupplyParameterFromForm(FormName = "leases")]
    private string? Release { get; set; }

    [SupplyParameterFromForm(FormName = "leases")]
    private string? Reassign { get; set; }

    /// <summary>The reviewer chosen in each row's select, by the row's lease key.</summary>
    [SupplyParameterFromForm(FormName = "leases")]
    private Dictionary<string, Guid>? To { get; set; }

    [Inject]
    private GetLeases GetLeases { get; set; } = default!;

    [Inject]
    private ReleaseLease ReleaseLease { get; set; } = default!;

    [Inject]
    private ReassignLease ReassignLease { get; set; } = default!;

    private LiveLeases? Live { get; set; }

    private LeaseChange? Change { get; set; }

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task ChangeAsync()
    {
        if (HttpContext.Staff() is not { } staff)
        {
            return;
        }

        var cancellationToken = HttpContext.RequestAborted;
        if (LeaseKey.Parse(Release) is { } released)
        {
            Change = await ReleaseLease.HandleAsync(new ReleaseLeaseCommand(staff, released.ApplicationId, released.Holder), cancellationToken);
        }
        else if (LeaseKey.Parse(Reassign) is { } reassigned)
        {
            Change = To?.GetValueOrDefault(Reassign!) is { } to && to != Guid.Empty
                ? await ReassignLease.HandleAsync(new ReassignLeaseCommand(staff, reassigned.ApplicationId, reassigned.Holder, to), cancellationToken)
                : LeaseChange.NotAReviewer;
        }

        await LoadAsync();
    }

    private async Task LoadAsync() =>
        Live = HttpContext.Staff() is { } staff ? (await GetLeases.HandleAsync(staff, HttpContext.RequestAborted)).Value : null;
}
