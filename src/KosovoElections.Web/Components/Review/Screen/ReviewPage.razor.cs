using System.Data.Common;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Screen;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Web.Components.Review.Screen;

/// <summary>
/// Loads the application once per page (kept from the prerender to the circuit, so one look is one audited view),
/// keeps this member's lease alive while the page is open, and after a decision opens the next application at once.
/// </summary>
public sealed partial class ReviewPage : IDisposable
{
    /// <summary>Well inside the 15-minute lease, so one missed renewal (a brief disconnection) does not lose it.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(5);

    private readonly CancellationTokenSource _closed = new();
    private bool _leaseEnded;

    [Parameter]
    public string Reference { get; set; } = string.Empty;

    /// <summary>What the prerender loaded, handed to the circuit by .NET's component state persistence.</summary>
    [PersistentState]
    public ApplicationForReview? Review { get; set; }

    [Inject]
    private CurrentStaff CurrentStaff { get; set; } = default!;

    [Inject]
    private GetApplicationForReview GetApplicationForReview { get; set; } = default!;

    [Inject]
    private RenewLease RenewLease { get; set; } = default!;

    [Inject]
    private ClaimNextApplication ClaimNextApplication { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<ReviewPage> Logger { get; set; } = default!;

    private bool MayDecideNow => Review is { MayDecide: true } && !_leaseEnded;

    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        if (Review is not null)
        {
            return;
        }

        var staff = await CurrentStaff.GetAsync();
        Review = staff is null ? null : await GetApplicationForReview.HandleAsync(staff, Reference);
        if (Review is null)
        {
            // An unknown reference, a draft, or a member who may not see it: the same "not found".
            Navigation.NotFound();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && Review is { Access: ReviewAccess.Decide } review)
        {
            _ = KeepLeaseAsync(review.Id, _closed.Token);
        }
    }

    /// <summary>Renews at once (the page may open late in the lease), then every few minutes until the page closes.</summary>
    private async Task KeepLeaseAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RenewEvery, Clock);
        try
        {
            do
            {
                bool renewed;
                try
                {
                    renewed = await RenewAsync(applicationId, cancellationToken);
                }
                catch (Exception e) when (e is DbException or DbUpdateException or TimeoutException)
                {
                    // The database did not answer this time; the lease outlasts two more tries.
                    Logger.LogWarning("Renewing the review lease failed ({Exception}); trying again at the next tick.", e.GetType().Name);
                    continue;
                }

                if (!renewed)
                {
                    _leaseEnded = true;
                    await InvokeAsync(StateHasChanged);
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    private async Task<bool> RenewAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var staff = await CurrentStaff.GetAsync(cancellationToken);
        return staff is not null && await RenewLease.HandleAsync(staff, applicationId, cancellationToken);
    }

    /// <summary>A reviewer goes straight on to the next application; a second review back to its own list.</summary>
    private async Task DecidedAsync(ApplicationStatus _)
    {
        if (Review?.Status == ApplicationStatus.RejectionPending)
        {
            Navigation.NavigateTo("/office/second-review");
            return;
        }

        var staff = await CurrentStaff.GetAsync();
        var next = staff is null ? null : await ClaimNextApplication.HandleAsync(staff);

        // A full load: the next application is loaded (and its view audited) once, by its own prerender.
        Navigation.NavigateTo(
            next is { Status: ClaimStatus.Claimed, ReferenceNumber: { } reference } ? ReviewPaths.Of(reference) : "/office/queue",
            forceLoad: true);
    }
}

/// <summary>The address of an application's review screen, for links and the way on.</summary>
public static class ReviewPaths
{
    public static string Of(string reference) => "/office/applications/" + Uri.EscapeDataString(reference);
}
