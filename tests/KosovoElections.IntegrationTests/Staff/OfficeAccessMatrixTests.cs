using System.Net;
using System.Reflection;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Staff;

/// <summary>
/// Who may open which back-office page (issue 13, T-AC-01): the expected status of each route for each kind of visitor,
/// written out so that a changed rule shows in review, and compared with the pages found by reflection so that a new
/// page cannot be left out. 302 means "sent to /office/sign-in".
/// </summary>
public sealed class OfficeAccessMatrixTests(SqliteStaffSiteHost fixture) : IClassFixture<SqliteStaffSiteHost>
{
    private const int Redirect = 302;

    /// <summary>The sign-in pages, open to anyone and tested with the sign-in itself (StaffSignInTests).</summary>
    private static readonly string[] SignInPages = ["/office/sign-in", "/office/sign-in/code"];

    /// <summary>Route → status for anonymous, a signed-in applicant, reviewer, supervisor, admin.</summary>
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["/office"] = [Redirect, Redirect, 200, 200, 200],
        ["/office/queue"] = [Redirect, Redirect, 200, 200, 403],
        ["/office/applications/{Reference}"] = [Redirect, Redirect, 200, 200, 403],
        ["/office/second-review"] = [Redirect, Redirect, 403, 200, 403],
        ["/office/leases"] = [Redirect, Redirect, 403, 200, 403],
        ["/office/admin/elections"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/deadline"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/exports"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/exports/approved-list"] = [Redirect, Redirect, 403, 403, 200],
    };

    [Fact]
    public void Table_NamesEveryOfficePage() =>
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), OfficeRoutes().Except(SignInPages).Order(StringComparer.Ordinal));

    [Fact]
    public async Task OfficePages_EachVisitor_GetsTheExpectedStatus()
    {
        var application = await new ReviewSeed(fixture.Host).SentAsync();
        Guid election;
        await using (var db = await fixture.Host.Get<KosovoElections.Infrastructure.Persistence.ElectionsDbFactory>().CreateAsync())
        {
            election = await db.Elections.Select(e => e.Id).FirstAsync();
        }

        using var anonymous = new BrowserSession(fixture.Host.BaseUrl);
        using var applicant = await fixture.SignInAsync(person: 2);
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        BrowserSession[] visitors = [anonymous, applicant, reviewer, supervisor, admin];

        var found = new List<string>();
        var wanted = new List<string>();
        foreach (var (route, statuses) in Expected)
        {
            var url = route.Replace("{Reference}", application.ReferenceNumber, StringComparison.Ordinal)
                .Replace("{ElectionId:guid}", election.ToString(), StringComparison.Ordinal);
            for (var i = 0; i < visitors.Length; i++)
            {
                var response = await visitors[i].GetAsync(url);
                var status = (int)response.StatusCode;
                var where = status == Redirect ? " " + response.RedirectPath() : string.Empty;
                found.Add($"{route} #{i}: {status}{where}");
                wanted.Add($"{route} #{i}: {statuses[i]}{(statuses[i] == Redirect ? " /office/sign-in" : string.Empty)}");
            }
        }

        Assert.Equal(wanted, found);
    }

    private static IEnumerable<string> OfficeRoutes() =>
        typeof(KosovoElections.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t == "/office" || t.StartsWith("/office/", StringComparison.Ordinal))
            .Distinct();
}
