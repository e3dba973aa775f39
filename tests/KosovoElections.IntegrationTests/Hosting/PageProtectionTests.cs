using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>
/// Every routable page of the site, found by reflection, refuses a visitor without the right session unless it is on the
/// short public list below: a new page that forgets its attribute fails here (SECURITY T-AC-01, T-AC-08).
/// </summary>
public sealed partial class PageProtectionTests(SqliteStaffSiteHost fixture) : IClassFixture<SqliteStaffSiteHost>
{
    /// <summary>The pages anyone may open; every other page needs an applicant's or a staff member's session.</summary>
    private static readonly string[] PublicPages =
        ["/", "/not-found", "/error", "/dev/camera", "/apply/sign-in", "/apply/continue/{Token}", "/office/sign-in",
         "/office/set-password/{Token}", "/statistics", "/apply/signed-out"];

    public static TheoryData<string> ProtectedPages() => [.. Protected()];

    [Fact]
    public void PublicPages_EachNamed_IsAPageOfTheSite() => Assert.All(PublicPages, page => Assert.Contains(page, Routes()));

    [Fact]
    public void ProtectedPages_BothSides_AreFound()
    {
        Assert.Contains("/apply", Protected());
        Assert.Contains("/office", Protected());
    }

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Page_AnonymousVisitor_IsSentToItsSignIn(string route)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var response = await browser.GetAsync(Url(route));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IsApplicantPage(route) ? "/apply/sign-in" : "/office/sign-in", response.RedirectPath());
    }

    [Fact]
    public async Task StaffPages_SignedInApplicant_IsRefused()
    {
        using var applicant = await fixture.SignInAsync(person: 1);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync("/apply")).StatusCode);

        foreach (var route in Protected().Where(r => !IsApplicantPage(r)))
        {
            var response = await applicant.GetAsync(Url(route));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/office/sign-in", $"{route}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task ApplicantPages_SignedInStaffMember_IsRefused()
    {
        using var staff = await fixture.SignInStaffAsync(StaffRole.Admin);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/office")).StatusCode);

        foreach (var route in Protected().Where(IsApplicantPage))
        {
            var response = await staff.GetAsync(Url(route));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/apply/sign-in", $"{route}: {response.StatusCode}");
        }
    }

    private static IEnumerable<string> Protected() => Routes().Except(PublicPages);

    private static bool IsApplicantPage(string route) => route == "/apply" || route.StartsWith("/apply/", StringComparison.Ordinal);

    /// <summary>The route templates of every routable component of the Web assembly.</summary>
    private static IEnumerable<string> Routes() =>
        typeof(KosovoElections.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>A URL the template matches: each parameter filled with a value of no meaning.</summary>
    private static string Url(string route) =>
        RouteParameter().Replace(route, m => m.Value.EndsWith(":guid}", StringComparison.Ordinal) ? Guid.Empty.ToString() : "x");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
