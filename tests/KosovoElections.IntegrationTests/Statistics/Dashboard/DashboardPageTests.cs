using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using Xunit.Abstractions;
using static KosovoElections.IntegrationTests.Statistics.StatisticsHost;

namespace KosovoElections.IntegrationTests.Statistics.Dashboard;

/// <summary>
/// The dashboard page over HTTP (issue 14) on the statistics' fifteen applications: supervisors and admins see the
/// exact figures and no applicant's data; reviewers are refused and anonymous visitors sent to the sign-in.
/// </summary>
public abstract partial class DashboardPageTests(StatisticsHost fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Page_Supervisor_SeesTheExactFiguresAndTodaysDecisionsWithoutApplicantData()
    {
        var (browser, supervisor) = await fixture.Host.SignedInStaffAsync(StaffRole.Supervisor);
        using var _ = browser;
        // As DecideApplication records a decision: the staff member's id as the actor, the application's id.
        fixture.Clock.Set(fixture.Clock.GetUtcNow().AddMinutes(1));
        await fixture.Host.Get<IAuditLog>().AppendAsync(new AuditEntry(ActorKind.Staff, $"{supervisor.Id}", AuditActions.Staff.RejectionConfirmed, fixture.Applications[10].Id));

        var response = await browser.GetAsync("/office/dashboard?culture=en");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Election: Elections 2027", page, StringComparison.Ordinal);
        Assert.Equal(
            ["Submitted 5", "InReview 0", "RejectionPending 0", "CorrectionRequested 0", "Approved 6", "Rejected 4", "Withdrawn 0"],
            Rows(page, "dashboard-by-status"));
        Assert.Equal(["DE 8", "CH 5", "AT 2"], Rows(page, "dashboard-by-country"));
        Assert.Equal([$"{Leposaviq} 10", $"{NovoBerde} 3", $"{Podujeve} 2"], Rows(page, "dashboard-by-municipality"));
        Assert.Equal(["PostalAbroad 15"], Rows(page, "dashboard-by-return-method"));
        Assert.Contains("data-testid=\"dashboard-backlog-now\">5<", page, StringComparison.Ordinal);
        Assert.Contains($"<tr data-key=\"{supervisor.Email}\">", page, StringComparison.Ordinal);
        Assert.Contains("role=\"region\" aria-labelledby=\"dashboard-by-day-title\"", page, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(page, "<svg class=\"chart\"[^>]*aria-hidden=\"true\"").Count);
        foreach (var voter in fixture.Voters)
        {
            Assert.DoesNotContain(voter.PersonalNumber, page, StringComparison.Ordinal);
            Assert.DoesNotContain(voter.LastName, page, StringComparison.Ordinal);
            Assert.DoesNotContain(voter.Email, page, StringComparison.Ordinal);
        }

        output.WriteLine($"dashboard HTML: {Encoding.UTF8.GetByteCount(page)} bytes");
    }

    [Theory]
    [InlineData("sq", "Paneli i regjistrimit")]
    [InlineData("sr-Latn", "Kontrolna tabla registracije")]
    public async Task Page_Admin_SeesItInTheirLanguage(string culture, string title)
    {
        using var admin = (await fixture.Host.SignedInStaffAsync(StaffRole.Admin)).Browser;

        var page = await admin.GetPageAsync($"/office/dashboard?culture={culture}");

        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"office-nav-dashboard\"", page, StringComparison.Ordinal);
        Assert.Equal(["DE 8", "CH 5", "AT 2"], Rows(page, "dashboard-by-country"));
    }

    [Fact]
    public async Task Page_ReviewerOrAnonymous_IsRefused()
    {
        using var reviewer = (await fixture.Host.SignedInStaffAsync(StaffRole.Reviewer)).Browser;
        using var anonymous = new BrowserSession(fixture.Host.BaseUrl);

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/office/dashboard")).StatusCode);
        Assert.DoesNotContain("office-nav-dashboard", await reviewer.GetPageAsync("/office"), StringComparison.Ordinal);
        var refused = await anonymous.GetAsync("/office/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/office/sign-in", refused.RedirectPath());
    }

    /// <summary>A table's rows as "key count".</summary>
    private static List<string> Rows(string page, string testId)
    {
        var table = Regex.Match(page, $"data-testid=\"{testId}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        return [.. RowPattern().Matches(table).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")];
    }

    [GeneratedRegex("<tr data-key=\"([^\"]*)\">.*?<td class=\"statistics-table__count\">([^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}

public sealed class DashboardPageTestsOnSqlite(SqliteStatisticsHost fixture, ITestOutputHelper output) : DashboardPageTests(fixture, output), IClassFixture<SqliteStatisticsHost>;

public sealed class DashboardPageTestsOnPostgres(PostgresStatisticsHost fixture, ITestOutputHelper output) : DashboardPageTests(fixture, output), IClassFixture<PostgresStatisticsHost>;
