using System.Net;
using KosovoElections.Application.Review.Flags;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Screen;

/// <summary>The review screen over HTTP on the real host: what it prerenders, and for whom (T-AC-01, T-LOG-06).</summary>
public abstract class ReviewPageTests(StaffSiteHost fixture)
{
    private readonly ReviewSeed _seed = new(fixture.Host);

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Review_LeaseHolder_PrerendersComparisonPhotosFlagsAndTheDecisionForm()
    {
        var (browser, reviewer) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (browser)
        {
            var email = $"{Guid.NewGuid():N}@example.org";
            var other = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
            var application = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
            await Host.Get<FlagApplication>().HandleAsync(application.Id);
            await _seed.ChangeAsync(application.Id, (a, at) => a.BeginReview(reviewer.Id, at.AddMinutes(15), at));

            var page = BrowserSession.Normalize(await browser.GetPageAsync($"/office/applications/{application.ReferenceNumber}"));

            Assert.Contains($"{application.ReferenceNumber}</h1>", page);
            Assert.Contains("data-testid=\"review-comparison\"", page);
            Assert.Contains($"{RegistryPeople.FirstName} {RegistryPeople.LastName}", page);
            foreach (var document in await DocumentsOfAsync(application.Id))
            {
                Assert.Contains($"src=\"/office/documents/{document}/image\"", page);
            }

            Assert.Contains("data-testid=\"review-flag\" data-kind=\"SharedEmail\"", page);
            Assert.Contains($"href=\"/office/applications/{other.ReferenceNumber}\"", page);
            Assert.Contains("data-testid=\"decision-form\"", page);
            Assert.DoesNotContain("data-testid=\"review-read-only\"", page);
            Assert.Equal(1, await ViewsAsync(application.Id, reviewer.Id));
        }
    }

    [Fact]
    public async Task Review_ClaimedByAnother_IsReadOnly()
    {
        var holder = await Host.CreateStaffAsync(StaffRole.Reviewer);
        using var browser = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var application = await _seed.SentAsync();
        await _seed.ChangeAsync(application.Id, (a, at) => a.BeginReview(holder.Id, at.AddMinutes(15), at));

        var page = await browser.GetPageAsync($"/office/applications/{application.ReferenceNumber}");

        Assert.Contains("data-testid=\"review-read-only\" data-access=\"ClaimedByOther\"", page);
        Assert.DoesNotContain("data-testid=\"decision-form\"", page);
    }

    [Fact]
    public async Task Review_PendingRejection_HostsTheFormForASupervisorOnly()
    {
        var proposer = await Host.CreateStaffAsync(StaffRole.Supervisor);
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var application = await _seed.SentAsync();
        await _seed.ChangeAsync(application.Id, (a, at) =>
        {
            a.BeginReview(proposer.Id, at.AddMinutes(15), at);
            a.ProposeRejection([DecisionReason.PersonMismatch], null, proposer.Id, at);
        });
        var path = $"/office/applications/{application.ReferenceNumber}";

        var second = await supervisor.GetPageAsync(path);
        Assert.Contains("data-testid=\"decision-form\"", second);
        Assert.Contains("data-testid=\"review-reason\" data-reason=\"PersonMismatch\"", second);
        var first = await reviewer.GetPageAsync(path);
        Assert.Contains("data-testid=\"review-read-only\" data-access=\"AwaitingSecondReview\"", first);
        Assert.DoesNotContain("data-testid=\"decision-form\"", first);
    }

    [Fact]
    public async Task Review_Anonymous_IsSentToTheStaffSignIn()
    {
        var application = await _seed.SentAsync();
        using var browser = new BrowserSession(Host.BaseUrl);

        var response = await browser.GetAsync($"/office/applications/{application.ReferenceNumber}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, response.RedirectPath());
    }

    [Fact]
    public async Task Review_Admin_IsForbiddenAndNothingIsAudited()
    {
        var application = await _seed.SentAsync();
        using var browser = await fixture.SignInStaffAsync(StaffRole.Admin);

        var response = await browser.GetAsync($"/office/applications/{application.ReferenceNumber}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ApplicationId == application.Id && e.Action == "application.viewed"));
    }

    [Fact]
    public async Task Review_UnknownReference_IsNotFound()
    {
        using var browser = await fixture.SignInStaffAsync(StaffRole.Reviewer);

        var unknown = await browser.GetAsync($"/office/applications/{ReferenceNumber.New()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("data-testid=\"not-found-start\"", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/office/applications/KE-NOTAREF")).StatusCode);
    }

    private async Task<List<Guid>> DocumentsOfAsync(Guid applicationId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Documents.Where(d => d.ApplicationId == applicationId).Select(d => d.Id).ToListAsync();
    }

    private async Task<int> ViewsAsync(Guid applicationId, Guid staffId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var actor = staffId.ToString();
        return await db.AuditEvents.CountAsync(e => e.ApplicationId == applicationId && e.Action == "application.viewed" && e.Actor == actor);
    }
}

public sealed class ReviewPageTestsOnSqlite(SqliteStaffSiteHost fixture) : ReviewPageTests(fixture), IClassFixture<SqliteStaffSiteHost>;

public sealed class ReviewPageTestsOnPostgres(PostgresStaffSiteHost fixture) : ReviewPageTests(fixture), IClassFixture<PostgresStaffSiteHost>;
