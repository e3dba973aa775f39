using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Application.Review;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Queue;

/// <summary>The queue page, "Review next", the leases page and the landing after sign-in, over HTTP against the real host.</summary>
public abstract partial class QueuePageTests(StaffSiteHost fixture)
{
    private static int _people;

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Reviewer_QueuePage_ShowsTheRowsAndTheCountsPerStatus()
    {
        var swiss = await SubmittedAsync("CH");
        var austrian = await SubmittedAsync("AT");
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        // Seeded straight into the database, as another process would: the counts show them once their window has passed.
        fixture.Clock.Advance(Host.Get<ReviewOptions>().QueueCountsFor);

        var page = await reviewer.GetPageAsync("/office/queue");

        Assert.Contains($"data-reference=\"{swiss}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-reference=\"{austrian}\"", page, StringComparison.Ordinal);
        Assert.Equal(await CountAsync(ApplicationStatus.Submitted), CountOnPage(page, "Submitted"));
        Assert.Matches("<a href=\"/office/queue\" aria-current=\"page\" data-testid=\"office-nav-queue\"", page);
        Assert.DoesNotContain("office-nav-leases", page, StringComparison.Ordinal);

        var filtered = await reviewer.GetPageAsync("/office/queue?country=CH&status=Submitted");
        Assert.Contains($"data-reference=\"{swiss}\"", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-reference=\"{austrian}\"", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"CH\" selected", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateFilters_TypedInTheBoxesOrBookmarked_KeepTheKosovoDaysAndSayWhenADayIsImpossible()
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fixture.Clock.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade")));
        var swiss = await SubmittedAsync("CH");
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        string Boxes(string name, DateOnly d) => $"{name}.Day={d.Day}&{name}.Month={d.Month}&{name}.Year={d.Year}";
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var typed = await reviewer.GetPageAsync($"/office/queue?country=CH&{Boxes("from", day)}&{Boxes("to", day)}");
        Assert.Contains($"data-reference=\"{swiss}\"", typed, StringComparison.Ordinal);
        Assert.Contains($"name=\"from.Day\" value=\"{day.Day}\"", typed, StringComparison.Ordinal);
        Assert.Contains($"from={iso}&amp;to={iso}", typed, StringComparison.Ordinal); // the status links keep the days
        Assert.DoesNotContain("type=\"date\"", typed, StringComparison.Ordinal);
        var later = await reviewer.GetPageAsync($"/office/queue?country=CH&{Boxes("from", day.AddDays(1))}");
        Assert.DoesNotContain($"data-reference=\"{swiss}\"", later, StringComparison.Ordinal);

        var bookmarked = await reviewer.GetPageAsync($"/office/queue?country=CH&from={iso}&to={iso}");
        Assert.Contains($"data-reference=\"{swiss}\"", bookmarked, StringComparison.Ordinal);
        Assert.Contains($"name=\"to.Month\" value=\"{day.Month}\"", bookmarked, StringComparison.Ordinal);

        var impossible = await reviewer.GetPageAsync("/office/queue?country=CH&to.Day=31&to.Month=2&to.Year=2027&culture=sr-Latn");
        Assert.Contains("data-testid=\"error-summary\"", impossible, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-queue-filter-to\">Unesite stvaran datum, na primer 27 3 2027<", impossible, StringComparison.Ordinal);
        Assert.Contains("#toDay\"", impossible, StringComparison.Ordinal);
        Assert.Contains("name=\"to.Day\" value=\"31\"", impossible, StringComparison.Ordinal);
        Assert.DoesNotContain("data-reference=", impossible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewNext_PressedTwice_RedirectsToTheSameClaimedApplication()
    {
        await SubmittedAsync("DE");
        var (reviewer, member) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (reviewer)
        {
            var first = await reviewer.SubmitAsync("/office/queue", "review-next", new Dictionary<string, string>());
            var second = await reviewer.SubmitAsync("/office/queue", "review-next", new Dictionary<string, string>());

            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            var path = first.RedirectPath();
            Assert.StartsWith("/office/applications/", path, StringComparison.Ordinal);
            Assert.Equal(path, second.RedirectPath());
            var reference = Uri.UnescapeDataString(path["/office/applications/".Length..]);
            await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
            var claimed = await db.Applications.AsNoTracking().SingleAsync(a => a.ReferenceNumber == reference);
            Assert.Equal((ApplicationStatus.InReview, (Guid?)member.Id), (claimed.Status, claimed.ClaimedBy));
        }
    }

    [Fact]
    public async Task Supervisor_LeasesPage_ListsTheClaimAndReleasesIt()
    {
        await SubmittedAsync("SE");
        var (reviewer, holder) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        var (id, reference) = await ReviewNextAsync(reviewer);
        var key = $"{id:N}.{holder.Id:N}";

        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        var leases = await supervisor.GetPageAsync("/office/leases");
        Assert.Contains($"data-reference=\"{reference}\"", leases, StringComparison.Ordinal);
        Assert.Contains($"name=\"Release\" value=\"{key}\"", leases, StringComparison.Ordinal);
        Assert.Contains("office-nav-leases", leases, StringComparison.Ordinal);

        var released = await supervisor.SubmitAsync("/office/leases", "leases", new Dictionary<string, string> { ["Release"] = key });

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var page = await released.Content.ReadAsStringAsync();
        Assert.Contains("data-change=\"Released\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-reference=\"{reference}\"", page, StringComparison.Ordinal);
        await using (var check = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            Assert.Equal(ApplicationStatus.Submitted, (await check.Applications.AsNoTracking().SingleAsync(a => a.Id == id)).Status);
        }

        var again = await supervisor.SubmitAsync("/office/leases", "leases", new Dictionary<string, string> { ["Release"] = key });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("data-change=\"NoLongerHeld\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        reviewer.Dispose();
    }

    [Fact]
    public async Task Supervisor_LeasesPage_ReassignsToTheChosenReviewer()
    {
        await SubmittedAsync("FI");
        var (reviewer, holder) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        var (other, next) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        var (id, _) = await ReviewNextAsync(reviewer);
        var key = $"{id:N}.{holder.Id:N}";
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);

        var reassigned = await supervisor.SubmitAsync("/office/leases", "leases", new Dictionary<string, string>
        {
            ["Reassign"] = key,
            [$"To[{key}]"] = next.Id.ToString(),
        });

        Assert.Contains("data-change=\"Reassigned\"", await reassigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            Assert.Equal(next.Id, (await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id)).ClaimedBy);
        }

        Assert.Equal(id, (await ReviewNextAsync(other)).Id);
        reviewer.Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task OfficeQueueAndLeases_ForEachRole_AnswerAsThePermissionsSay()
    {
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        using var anonymous = new BrowserSession(Host.BaseUrl);
        using var applicant = await fixture.SignInAsync(person: 59);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/office/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/office/leases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/office/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/office/leases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/office/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/office/leases")).StatusCode);
        Assert.DoesNotContain("office-nav-queue", await admin.GetPageAsync("/office"), StringComparison.Ordinal);
        foreach (var route in new[] { "/office/queue", "/office/leases" })
        {
            foreach (var outsider in new[] { anonymous, applicant })
            {
                var response = await outsider.GetAsync(route);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/office/sign-in", response.RedirectPath());
            }
        }
    }

    [Fact]
    public async Task ReviewNext_ByAnAdminPost_IsRefused()
    {
        await SubmittedAsync("NO");
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        var token = BrowserSession.TokenOf(await admin.GetPageAsync("/office"));

        var response = await admin.PostAsync("/office/queue", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "review-next" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Reviewer, "/office/queue")]
    [InlineData(StaffRole.Supervisor, "/office/queue")]
    [InlineData(StaffRole.Admin, "/office")]
    public async Task SignIn_SecondFactor_LandsWhereTheRoleWorks(StaffRole role, string landing)
    {
        var (first, member) = await fixture.SignedInStaffAsync(role);
        first.Dispose();
        using var browser = new BrowserSession(Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInStaffAsync(member.Email)).StatusCode);

        var signedIn = await browser.SubmitCodeAsync(member.RecoveryCodes[0]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(landing, signedIn.RedirectPath());
    }

    private async Task<(Guid Id, string Reference)> ReviewNextAsync(BrowserSession reviewer)
    {
        var claimed = await reviewer.SubmitAsync("/office/queue", "review-next", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        var reference = Uri.UnescapeDataString(claimed.RedirectPath()["/office/applications/".Length..]);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return ((await db.Applications.AsNoTracking().SingleAsync(a => a.ReferenceNumber == reference)).Id, reference);
    }

    private static int CountOnPage(string page, string status)
    {
        var count = Regex.Match(page, $"data-status=\"{status}\">[^<]*<span class=\"queue-counts__number\">(\\d+)</span>");
        Assert.True(count.Success, $"No count for {status}.");
        return int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<int> CountAsync(ApplicationStatus status)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.CountAsync(a => a.Status == status && a.SubmittedAt != null);
    }

    /// <summary>A new person's submitted application in the host's election; its reference number.</summary>
    private async Task<string> SubmittedAsync(string country)
    {
        var number = (5_300_000_000L + Interlocked.Increment(ref _people)).ToString(CultureInfo.InvariantCulture);
        var now = fixture.Clock.UtcNow;
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var election = await db.Elections.AsNoTracking().SingleAsync();
        db.RegistryEntries.Add(new CivilRegistryEntry(number, "Arta", "Morina", null, new DateOnly(1990, 5, 17), Sex.Female, 29, RegistryStatus.Active));
        var application = VoterApplication.Start(election.Id, number, ApplicationChannel.Online, now);
        application.RecordVerifiedEmail($"voter{number}@example.org", now);
        application.RecordAddress(new AddressAbroad(country, "Qyteti", "Rruga 1", "1000"), "+4314001234", now);
        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, now);
        application.Submit(ReferenceNumber.New(), now, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.ReferenceNumber!;
    }
}

public sealed class QueuePageTestsOnSqlite(SqliteStaffSiteHost fixture) : QueuePageTests(fixture), IClassFixture<SqliteStaffSiteHost>;

public sealed class QueuePageTestsOnPostgres(PostgresStaffSiteHost fixture) : QueuePageTests(fixture), IClassFixture<PostgresStaffSiteHost>;
