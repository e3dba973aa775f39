using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Audit;

/// <summary>
/// The audit page at /office/audit (issue 14) over HTTP: supervisors and admins search the log by application,
/// staff member, action and Kosovo time, newest first a page at a time, and the page's verification finds a row
/// changed with SQL, as `audit verify` does.
/// </summary>
public abstract partial class AuditPageTests(StaffSiteHost fixture) : IAsyncLifetime
{
    private const string Page = "/office/audit";

    private TestHost Host => fixture.Host;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.Clock.Set(ApplicantSiteHost.Now);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Page_ForReviewer_IsForbiddenAndForSupervisorAndAdminInTheirMenu()
    {
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(Page)).StatusCode);
        var post = await reviewer.PostAsync(Page, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserSession.TokenOf(await reviewer.GetPageAsync("/office/queue")),
            ["_handler"] = "verify",
        });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain("data-testid=\"office-nav-audit\"", await reviewer.GetPageAsync("/office"), StringComparison.Ordinal);

        foreach (var role in new[] { StaffRole.Supervisor, StaffRole.Admin })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            Assert.Contains("aria-current=\"page\" data-testid=\"office-nav-audit\"", await staff.GetPageAsync(Page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Filters_ByReferenceStaffActionAndTime_ShowTheMatchingEventsNewestFirst()
    {
        var seed = new ReviewSeed(Host);
        var first = await seed.SentAsync();
        var second = await seed.SentAsync();
        var x = await Host.CreateStaffAsync(StaffRole.Reviewer);
        var y = await Host.CreateStaffAsync(StaffRole.Reviewer);

        // Four events an hour apart, a day after the other tests' events.
        var start = ApplicantSiteHost.Now.AddDays(1);
        var approvedFirst = await AppendAt(start.AddHours(1), ActorKind.Staff, x.Id.ToString(), AuditActions.Staff.ApplicationApproved, first.Id);
        var noteFirst = await AppendAt(start.AddHours(2), ActorKind.Staff, y.Id.ToString(), AuditActions.Staff.NoteAdded, first.Id);
        var approvedSecond = await AppendAt(start.AddHours(3), ActorKind.Staff, x.Id.ToString(), AuditActions.Staff.ApplicationApproved, second.Id);
        var purged = await AppendAt(start.AddHours(4), ActorKind.System, "retention-job", AuditActions.Administration.ImagesPurged, null);
        Host.Clock.Set(start.AddHours(5));
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);

        Assert.Equal([noteFirst, approvedFirst], await RowsAsync(supervisor, $"?reference={first.ReferenceNumber}"));
        Assert.Equal([approvedSecond, approvedFirst], await RowsAsync(supervisor, $"?staff={x.Email.ToUpperInvariant()}"));
        Assert.Equal([approvedFirst], await RowsAsync(supervisor, $"?staff={x.Email}&action=application.approved&reference={first.ReferenceNumber}"));

        // 10:00 to 11:00 UTC is 11:00 to 12:00 in Kosovo (winter time); "to" includes its minute.
        var day = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([approvedSecond, noteFirst], await RowsAsync(supervisor, $"?from={day}T11:00&to={day}T12:00"));
        Assert.Equal([purged], await RowsAsync(supervisor, $"?action={AuditActions.Administration.ImagesPurged}&from={day}"));

        // The same search typed into the date boxes, a time or none; a bookmarked address fills the boxes it names.
        var (dd, mm, yyyy) = (start.Day, start.Month, start.Year);
        Assert.Equal([approvedSecond, noteFirst], await RowsAsync(
            supervisor, $"?from.Day={dd}&from.Month={mm}&from.Year={yyyy}&from.Time=11:00&to.Day=0{dd}&to.Month={mm}&to.Year={yyyy}&to.Time=12.00"));
        Assert.Equal([purged], await RowsAsync(supervisor, $"?action={AuditActions.Administration.ImagesPurged}&from.Day={dd}&from.Month={mm}&from.Year={yyyy}"));
        var bookmarked = await supervisor.GetPageAsync($"{Page}?from={day}T11:00&to={day}T12:00");
        Assert.Contains($"name=\"from.Day\" value=\"{dd}\"", bookmarked, StringComparison.Ordinal);
        Assert.Contains("name=\"from.Time\" value=\"11:00\"", bookmarked, StringComparison.Ordinal);
        Assert.Contains($"name=\"to.Year\" value=\"{yyyy}\"", bookmarked, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"datetime-local\"", bookmarked, StringComparison.Ordinal);

        var page = await supervisor.GetPageAsync($"{Page}?reference={first.ReferenceNumber}&culture=en");
        Assert.Contains($"data-testid=\"audit-actor\">{x.Email}<", page, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"audit-reference\">{first.ReferenceNumber}<", page, StringComparison.Ordinal);
        Assert.Contains($"\">{KosovoTimeOf(start.AddHours(2))}</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_UnknownReferenceOrStaffOrABadTime_SayWhyNothingIsShown()
    {
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);

        var unknown = await supervisor.GetPageAsync($"{Page}?reference=KE-NOSUCHREF&culture=en");
        Assert.Contains("data-status=\"UnknownReference\">No application has this reference number.<", unknown, StringComparison.Ordinal);
        var nobody = await supervisor.GetPageAsync($"{Page}?staff=nobody@kqz-ks.org&culture=en");
        Assert.Contains("data-status=\"UnknownStaff\"", nobody, StringComparison.Ordinal);
        var badTime = await supervisor.GetPageAsync($"{Page}?from=yesterday&culture=en");
        Assert.Contains("data-testid=\"error-summary\"", badTime, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-audit-from\">Enter a real date and, if you want, a time such as 14:30<", badTime, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-row\"", badTime, StringComparison.Ordinal);

        foreach (var (boxes, field) in new[]
        {
            ("from.Day=31&from.Month=2&from.Year=2027", "from"),
            ("to.Day=1&to.Month=3&to.Year=2027&to.Time=25:00", "to"),
            ("to.Day=28&to.Month=3&to.Year=2027&to.Time=02:30", "to"), // skipped by the change to summer time
        })
        {
            var impossible = await supervisor.GetPageAsync($"{Page}?{boxes}&culture=sq");
            Assert.Contains($"data-testid=\"error-audit-{field}\">Shkruani një datë të vërtetë dhe, nëse doni, një orë si 14:30<", impossible, StringComparison.Ordinal);
            Assert.Contains($"#{field}Day\"", impossible, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"audit-row\"", impossible, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Paging_FiftyAPage_WithLinksThatKeepTheFilters()
    {
        const string action = "test.paged";
        var ids = new List<long>();
        for (var i = 0; i < 51; i++)
        {
            ids.Add(await AppendAt(ApplicantSiteHost.Now, ActorKind.System, "test", action, null));
        }

        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);

        var firstPage = await supervisor.GetPageAsync($"{Page}?action={action}");
        Assert.Equal(ids.AsEnumerable().Reverse().Take(50), RowIds(firstPage));
        Assert.Contains($"href=\"{Page}?action={action}&amp;page=2\" data-testid=\"audit-page-next\"", firstPage, StringComparison.Ordinal);
        var secondPage = await supervisor.GetPageAsync($"{Page}?action={action}&page=2");
        Assert.Equal([ids[0]], RowIds(secondPage));
        Assert.Contains("data-testid=\"audit-page-previous\"", secondPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-page-next\"", secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowChangedWithSql_IsFoundByThePage()
    {
        var target = await AppendAt(ApplicantSiteHost.Now, ActorKind.System, "test", "test.tampered", null);
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);

        var intact = await VerifyAsync(supervisor);
        Assert.Contains("data-testid=\"audit-verify-result\" data-intact=\"true\">The audit chain is intact. Events verified: ", intact, StringComparison.Ordinal);

        await ChangeDetailsAsync(target, "nothing happened here");
        try
        {
            var broken = BrowserSession.Normalize(await VerifyAsync(supervisor));
            Assert.Contains($"data-intact=\"false\" data-event=\"{target}\"", broken, StringComparison.Ordinal);
            Assert.Contains($"The audit chain is broken at event {target}.", broken, StringComparison.Ordinal);
            Assert.Contains("The row's content no longer matches its hash: it was changed.", broken, StringComparison.Ordinal);
            Assert.Contains("The row now says: 11.02.2027 09:00, test.tampered.", broken, StringComparison.Ordinal);
        }
        finally
        {
            await ChangeDetailsAsync(target, string.Empty);
        }

        Assert.Contains("data-intact=\"true\"", await VerifyAsync(supervisor), StringComparison.Ordinal);
    }

    /// <summary>Plain SQL, as someone with access to the database would change a row (the same on both providers).</summary>
    private async Task ChangeDetailsAsync(long id, string details)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE audit_events SET \"Details\" = {details} WHERE \"Id\" = {id}"));
    }

    private static async Task<string> VerifyAsync(BrowserSession staff)
    {
        var response = await staff.SubmitAsync(Page + "?culture=en", "verify", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<long> AppendAt(DateTimeOffset at, ActorKind kind, string actor, string action, Guid? applicationId)
    {
        Host.Clock.Set(at);
        await Host.Get<IAuditLog>().AppendAsync(new AuditEntry(kind, actor, action, applicationId));
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.Where(e => e.Action == action && e.Actor == actor).MaxAsync(e => e.Id);
    }

    private static async Task<List<long>> RowsAsync(BrowserSession staff, string query) => RowIds(await staff.GetPageAsync(Page + query));

    private static List<long> RowIds(string page) =>
        [.. RowPattern().Matches(page).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string KosovoTimeOf(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade")).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"audit-row\" data-id=\"(\\d+)\"")]
    private static partial Regex RowPattern();
}

public sealed class SqliteAuditHost() : StaffSiteHost(DatabaseProvider.Sqlite, "audit");

public sealed class PostgresAuditHost() : StaffSiteHost(DatabaseProvider.Postgres, "audit");

public sealed class AuditPageTestsOnSqlite(SqliteAuditHost fixture) : AuditPageTests(fixture), IClassFixture<SqliteAuditHost>;

public sealed class AuditPageTestsOnPostgres(PostgresAuditHost fixture) : AuditPageTests(fixture), IClassFixture<PostgresAuditHost>;
