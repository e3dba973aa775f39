namespace KosovoElections.Application.Review;

/// <summary>How the back office's review works (section <c>Review</c>).</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>A rejection waits for a supervisor who did not make it before it takes effect (on by default).</summary>
    public bool SecondReviewOfRejections { get; set; } = true;

    /// <summary>How long a claim holds without the reviewer's page renewing it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the queue's counts per status are kept between page views (<see cref="Queue.QueueCounts"/>).</summary>
    public TimeSpan QueueCountsFor { get; set; } = TimeSpan.FromSeconds(5);
}
