using System.Diagnostics;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Screen;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Benchmarks.Common;

namespace KosovoElections.Benchmarks.BackOffice;

internal sealed class DeskLatencies
{
    public Latencies Claim { get; } = new();

    public Latencies Screen { get; } = new();

    public Latencies Decision { get; } = new();
}

/// <summary>
/// What a reviewer does at the desk, one application at a time, through the use cases the pages call: "Review next",
/// the review screen, approve. The approval moves the queue, so every claim finds a new application.
/// </summary>
internal sealed class ReviewDesk(ElectionsServices app)
{
    private readonly ClaimNextApplication _claim = app.Get<ClaimNextApplication>();
    private readonly GetApplicationForReview _screen = app.Get<GetApplicationForReview>();
    private readonly DecideApplication _decide = app.Get<DecideApplication>();

    /// <param name="latencies">Where to record the three calls, or null for a warm-up.</param>
    public async Task ReviewOneAsync(StaffIdentity reviewer, DeskLatencies? latencies)
    {
        var begun = Stopwatch.GetTimestamp();
        var claim = await _claim.HandleAsync(reviewer);
        latencies?.Claim.RecordSince(begun);
        if (claim.Status != ClaimStatus.Claimed)
        {
            throw new InvalidOperationException($"Review next: {claim.Status}");
        }

        begun = Stopwatch.GetTimestamp();
        var review = await _screen.HandleAsync(reviewer, claim.ReferenceNumber!) ?? throw new InvalidOperationException("no review screen");
        latencies?.Screen.RecordSince(begun);

        begun = Stopwatch.GetTimestamp();
        var decision = await _decide.HandleAsync(new DecideCommand(reviewer, review.Id, review.Version, new DecisionInput { Kind = DecisionKind.Approve }));
        latencies?.Decision.RecordSince(begun);
        if (decision.Status != DecisionStatus.Decided)
        {
            throw new InvalidOperationException($"approve: {decision.Status}");
        }
    }
}
