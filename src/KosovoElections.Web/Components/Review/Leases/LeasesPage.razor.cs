using KosovoElections.Application.Review.Leases;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Review.Leases;

/// <summary>
/// The supervisor's leases at /office/leases, statically rendered: every live claim with Release (back to the queue)
/// and Reassign (to another reviewer). Each form names the claim it was rendered for, holder included, so a claim that
/// changed hands meanwhile is refused rather than taken from its new holder.
/// </summary>
public sealed partial class LeasesPage
{
    [SupplyParameterFromForm]
    private Guid? To { get; set; }

    [Inject]
    private GetLeases GetLeases { get; set; } = default!;

    [Inject]
    private ReleaseLease Release { get; set; } = default!;

    [Inject]
    private ReassignLease Reassign { get; set; } = default!;

    private LiveLeases? Live { get; set; }

    private LeaseChange? Change { get; set; }

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task ReleaseAsync(LeaseRow lease)
    {
        if (HttpContext.Staff() is { } staff)
        {
            Change = await Release.HandleAsync(new ReleaseLeaseCommand(staff, lease.ApplicationId, lease.ReviewerId), HttpContext.RequestAborted);
            await LoadAsync();
        }
    }

    private async Task ReassignAsync(LeaseRow lease)
    {
        if (HttpContext.Staff() is { } staff)
        {
            Change = To is { } to
                ? await Reassign.HandleAsync(new ReassignLeaseCommand(staff, lease.ApplicationId, lease.ReviewerId, to), HttpContext.RequestAborted)
                : LeaseChange.NotAReviewer;
            await LoadAsync();
        }
    }

    private async Task LoadAsync() =>
        Live = HttpContext.Staff() is { } staff ? (await GetLeases.HandleAsync(staff, HttpContext.RequestAborted)).Value : null;
}
