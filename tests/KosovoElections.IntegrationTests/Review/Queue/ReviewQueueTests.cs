using KosovoElections.Application.Review;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.IntegrationTests.Review.Queue;

/// <summary>The review queue's filters, counts, paging and order, on each database with its own fresh data.</summary>
public abstract class ReviewQueueTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ReviewData _data = default!;

    public async Task InitializeAsync() => _data = await ReviewData.StartAsync(provider);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Queue_EachFilter_NarrowsTheRows()
    {
        var day = _data.Start;
        var a = await _data.SubmittedAsync(day.AddDays(-9), "AT", municipality: 1, ReturnMethod.PostalKosovo, FlagKind.SharedEmail);
        var b = await _data.SubmittedAsync(day.AddDays(-5), "DE", municipality: 2, ReturnMethod.PostalAbroad);
        var c = await _data.SubmittedAsync(day.AddDays(-1), "DE", municipality: 1, ReturnMethod.PostalKosovo, FlagKind.LowSharpness,
            (app, now) => app.BeginReview(Guid.NewGuid(), now.AddMinutes(15), now));
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var all = new ReviewQueueQuery(reviewer);

        Assert.Equal([a.Id, b.Id, c.Id], await IdsAsync(all));
        Assert.Equal([b.Id, c.Id], await IdsAsync(all with { Country = "DE" }));
        Assert.Equal([a.Id, c.Id], await IdsAsync(all with { MunicipalityId = 1 }));
        Assert.Equal([b.Id], await IdsAsync(all with { ReturnMethod = ReturnMethod.PostalAbroad }));
        Assert.Equal([a.Id], await IdsAsync(all with { Flag = FlagKind.SharedEmail }));
        Assert.Equal([c.Id], await IdsAsync(all with { Status = ApplicationStatus.InReview }));
        Assert.Equal([b.Id, c.Id], await IdsAsync(all with { SubmittedFromUtc = day.AddDays(-6) }));
        Assert.Equal([a.Id, b.Id], await IdsAsync(all with { SubmittedBeforeUtc = day.AddDays(-2) }));
        Assert.Equal([c.Id], await IdsAsync(all with { Country = "DE", MunicipalityId = 1, Flag = FlagKind.LowSharpness }));
    }

    [Fact]
    public async Task Queue_Row_CarriesWhatTheTableShows()
    {
        var holder = await _data.StaffAsync(StaffRole.Reviewer);
        var claimed = await _data.SubmittedAsync(country: "CH", municipality: 1, flag: FlagKind.SameImage,
            then: (app, now) => app.BeginReview(holder.StaffId, _data.Clock.UtcNow.AddMinutes(15), now));

        var row = Assert.Single((await QueueAsync(new ReviewQueueQuery(await _data.StaffAsync(StaffRole.Supervisor)))).Rows);

        Assert.Equal(claimed.ReferenceNumber, row.ReferenceNumber);
        Assert.Equal(claimed.SubmittedAt, row.SubmittedAt);
        Assert.Equal(("CH", ApplicationStatus.InReview, ReturnMethod.PostalKosovo), (row.Country, row.Status, row.ReturnMethod));
        Assert.Equal("Deçan", row.MunicipalitySq);
        Assert.Equal([FlagKind.SameImage], row.Flags);
        Assert.Equal(holder.Email, row.ClaimedByEmail);
        Assert.Equal(_data.Clock.UtcNow.AddMinutes(15), row.ClaimedUntil);
        Assert.False(row.IsMine);
    }

    [Fact]
    public async Task Queue_Counts_OnePerStatusUnderTheOtherFilters()
    {
        await _data.SubmittedAsync(country: "DE");
        await _data.SubmittedAsync(country: "DE");
        await _data.SubmittedAsync(country: "AT");
        await _data.SubmittedAsync(country: "DE", then: (app, now) => app.BeginReview(Guid.NewGuid(), now.AddMinutes(15), now));
        await _data.SubmittedAsync(country: "DE", then: (app, now) =>
        {
            app.BeginReview(Guid.NewGuid(), now.AddMinutes(15), now);
            app.Approve(ReceiptCode.New(), Guid.NewGuid(), now);
        });
        await _data.SubmittedAsync(country: "DE", then: (app, now) => app.Withdraw(now));
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);

        var queue = await QueueAsync(new ReviewQueueQuery(reviewer, Status: ApplicationStatus.Submitted, Country: "DE"));

        Assert.Equal(
            new Dictionary<ApplicationStatus, int>
            {
                [ApplicationStatus.Submitted] = 2,
                [ApplicationStatus.InReview] = 1,
                [ApplicationStatus.Approved] = 1,
                [ApplicationStatus.Withdrawn] = 1,
            }.OrderBy(c => c.Key),
            queue.Counts.OrderBy(c => c.Key));
        Assert.Equal(2, queue.Total);
        Assert.All(queue.Rows, row => Assert.Equal((ApplicationStatus.Submitted, "DE"), (row.Status, row.Country)));
    }

    [Fact]
    public async Task Queue_Drafts_AreNeverListedNorCounted()
    {
        await _data.DraftAsync();
        var withdrawnDraft = await _data.DraftAsync();
        await using (var db = await _data.Fixture.Db.CreateAsync())
        {
            db.Applications.Attach(withdrawnDraft);
            withdrawnDraft.Withdraw(_data.Clock.UtcNow);
            await db.SaveChangesAsync();
        }

        var sent = await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);

        var queue = await QueueAsync(new ReviewQueueQuery(reviewer));
        Assert.Equal([sent.Id], queue.Rows.Select(r => r.Id));
        Assert.Equal([ApplicationStatus.Submitted], queue.Counts.Keys);
        Assert.Empty((await QueueAsync(new ReviewQueueQuery(reviewer, Status: ApplicationStatus.Withdrawn))).Rows);
    }

    [Fact]
    public async Task Queue_Paging_FiftyAPageOldestFirstWithoutOverlap()
    {
        var sent = new List<VoterApplication>();
        for (var i = 0; i < 120; i++)
        {
            // Three statuses interleaved in time: a page is merged from each status's oldest rows.
            sent.Add(await _data.SubmittedAsync(_data.Start.AddMinutes(-i), then: (i % 3) switch { 0 => null, 1 => Review, _ => ReviewAndApprove }));
        }

        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var pages = new List<ReviewQueue>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await QueueAsync(new ReviewQueueQuery(reviewer, Page: page)));
        }

        Assert.Equal([50, 50, 20], pages.Select(p => p.Rows.Count));
        Assert.All(pages, p => Assert.Equal((120, 3), (p.Total, p.PageCount)));
        Assert.Equal(sent.OrderBy(a => a.SubmittedAt).Select(a => a.Id), pages.SelectMany(p => p.Rows).Select(r => r.Id));
        var beyond = await QueueAsync(new ReviewQueueQuery(reviewer, Page: 99));
        Assert.Equal(3, beyond.Page);
        var approved = await QueueAsync(new ReviewQueueQuery(reviewer, Status: ApplicationStatus.Approved));
        Assert.Equal((40, 1), (approved.Total, approved.PageCount));
        Assert.Equal(sent.Where(a => a.Status == ApplicationStatus.Approved).OrderBy(a => a.SubmittedAt).Select(a => a.Id), approved.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Queue_OwnLiveClaim_IsShownFirstAndOnce()
    {
        var oldest = await _data.SubmittedAsync();
        var second = await _data.SubmittedAsync();
        var third = await _data.SubmittedAsync();
        var other = await _data.StaffAsync(StaffRole.Reviewer);
        var me = await _data.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(oldest.Id, (await _data.Get<ClaimNextApplication>().HandleAsync(other)).ApplicationId);
        Assert.Equal(second.Id, (await _data.Get<ClaimNextApplication>().HandleAsync(me)).ApplicationId);

        var mine = await QueueAsync(new ReviewQueueQuery(me));
        Assert.Equal([second.Id, oldest.Id, third.Id], mine.Rows.Select(r => r.Id));
        Assert.Equal([true, false, false], mine.Rows.Select(r => r.IsMine));
        Assert.Equal(other.Email, mine.Rows[1].ClaimedByEmail);
        Assert.Equal([oldest.Id, second.Id, third.Id], (await QueueAsync(new ReviewQueueQuery(other))).Rows.Select(r => r.Id));

        _data.Clock.Advance(TimeSpan.FromMinutes(16));
        var lapsed = await QueueAsync(new ReviewQueueQuery(me));
        Assert.Equal([oldest.Id, second.Id, third.Id], lapsed.Rows.Select(r => r.Id));
        Assert.All(lapsed.Rows, row => Assert.Null(row.ClaimedByEmail));
    }

    [Fact]
    public async Task Queue_Counts_FollowAClaimAndADecisionAtOnceAndOtherWritersWithinTheWindow()
    {
        await _data.SubmittedAsync();
        await _data.SubmittedAsync();
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        Assert.Equal(2, (await QueueAsync(new ReviewQueueQuery(reviewer))).Counts[ApplicationStatus.Submitted]);

        var claimed = await _data.Get<ClaimNextApplication>().HandleAsync(reviewer);
        Assert.Equal(
            (1, 1),
            await CountsAsync(reviewer, ApplicationStatus.Submitted, ApplicationStatus.InReview));
        var seen = await _data.ApplicationAsync(claimed.ApplicationId!.Value);
        var decided = await _data.Get<DecideApplication>().HandleAsync(
            new DecideCommand(reviewer, seen.Id, seen.Version, new DecisionInput { Kind = DecisionKind.Approve }));
        Assert.Equal(DecisionStatus.Decided, decided.Status);
        Assert.Equal((1, 1), await CountsAsync(reviewer, ApplicationStatus.Submitted, ApplicationStatus.Approved));

        // Written straight into the database, as another process would: shown once the counts' window has passed.
        await _data.SubmittedAsync();
        Assert.Equal((1, 1), await CountsAsync(reviewer, ApplicationStatus.Submitted, ApplicationStatus.Approved));
        _data.Clock.Advance(_data.Get<ReviewOptions>().QueueCountsFor);
        Assert.Equal((2, 1), await CountsAsync(reviewer, ApplicationStatus.Submitted, ApplicationStatus.Approved));
    }

    [Fact]
    public async Task Queue_Admin_IsRefused()
    {
        await _data.SubmittedAsync();
        var admin = await _data.StaffAsync(StaffRole.Admin);

        Assert.False((await _data.Get<GetReviewQueue>().HandleAsync(new ReviewQueueQuery(admin))).Succeeded);
        Assert.False((await _data.Get<GetReviewFilters>().HandleAsync(admin)).Succeeded);
    }

    [Fact]
    public async Task Filters_OfferTheCountriesSentFromAndEveryMunicipality()
    {
        await _data.SubmittedAsync(country: "SE");
        await _data.SubmittedAsync(country: "CH");
        await _data.DraftAsync();

        var filters = (await _data.Get<GetReviewFilters>().HandleAsync(await _data.StaffAsync(StaffRole.Reviewer))).Value!;
        Assert.Equal(["CH", "SE"], filters.Countries);
        Assert.Equal(38, filters.Municipalities.Count);
    }

    private static void Review(VoterApplication application, DateTime now) => application.BeginReview(Guid.NewGuid(), now.AddMinutes(15), now);

    private static void ReviewAndApprove(VoterApplication application, DateTime now)
    {
        Review(application, now);
        application.Approve(ReceiptCode.New(), Guid.NewGuid(), now);
    }

    private async Task<ReviewQueue> QueueAsync(ReviewQueueQuery query)
    {
        var outcome = await _data.Get<GetReviewQueue>().HandleAsync(query);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!;
    }

    private async Task<(int, int)> CountsAsync(StaffIdentity staff, ApplicationStatus first, ApplicationStatus second)
    {
        var counts = (await QueueAsync(new ReviewQueueQuery(staff))).Counts;
        return (counts.GetValueOrDefault(first), counts.GetValueOrDefault(second));
    }

    private async Task<List<Guid>> IdsAsync(ReviewQueueQuery query) => [.. (await QueueAsync(query)).Rows.Select(r => r.Id)];
}

public sealed class ReviewQueueTestsOnSqlite() : ReviewQueueTests(DatabaseProvider.Sqlite);

public sealed class ReviewQueueTestsOnPostgres() : ReviewQueueTests(DatabaseProvider.Postgres);
