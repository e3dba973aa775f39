using System.Globalization;
using System.Net;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.ReturnMethods;

/// <summary>The ballot return page through the real host over HTTP (SPEC §4 step 6), on both providers.</summary>
public abstract class ReturnMethodStepTests(ReturnMethodHost fixture)
{
    private const string Page = "/apply/return-method?culture=en";

    [Fact]
    public async Task Page_ShowsEachMethodWithItsMailboxAndTheMissionsWithPlacesLeft()
    {
        using var browser = await SignedInAsync(0);
        var left = 50 - await fixture.ReservedAsync(fixture.Berlin);

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync(Page));

        Assert.Contains("data-testid=\"return-method-PostalAbroad\"", page);
        Assert.Contains("data-testid=\"return-method-PostalKosovo\"", page);
        Assert.Contains("data-testid=\"return-method-DiplomaticMission\"", page);
        Assert.Contains("P.O. Box 100<br>1000 Skopje", page);
        Assert.Contains("Kutia Postare 1000<br>10000 Prishtinë", page);
        Assert.Contains($"data-testid=\"mission-{fixture.Berlin}\"", page);
        Assert.Contains($"{left} places left", page);
    }

    [Fact]
    public async Task Save_Mission_ReservesAPlaceAndGoesToTheNextUnfinishedStep()
    {
        using var browser = await SignedInAsync(1);
        var before = await fixture.ReservedAsync(fixture.Berlin);

        var response = await browser.SubmitAsync(Page, "return-method", Fields(ReturnMethod.DiplomaticMission, fixture.Berlin));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/documents", response.Headers.Location!.AbsolutePath);
        Assert.Equal(before + 1, await fixture.ReservedAsync(fixture.Berlin));
        Assert.Equal(fixture.Berlin, (await fixture.ApplicationOfAsync(1)).MissionId);
    }

    [Fact]
    public async Task Save_LastPlaceTakenMeanwhile_SaysSoAndOffersThePostalMethods()
    {
        using var browser = await SignedInAsync(2);
        var token = BrowserSession.TokenOf(await browser.GetPageAsync(Page));
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            await db.Missions.Where(m => m.Id == fixture.Vienna).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, m => m.Capacity));
        }

        var response = await browser.PostAsync(Page, new Dictionary<string, string>(Fields(ReturnMethod.DiplomaticMission, fixture.Vienna))
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "return-method",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"error-summary\"", page);
        Assert.Contains("has just been taken by someone else", page);
        Assert.DoesNotContain($"data-testid=\"mission-{fixture.Vienna}\"", page);
        Assert.Contains("data-testid=\"return-method-PostalAbroad\"", page);
        Assert.Null((await fixture.ApplicationOfAsync(2)).ReturnMethod);

        var postal = await browser.SubmitAsync(Page, "return-method", Fields(ReturnMethod.PostalAbroad, null));
        Assert.Equal(HttpStatusCode.Redirect, postal.StatusCode);
        Assert.Equal(ReturnMethod.PostalAbroad, (await fixture.ApplicationOfAsync(2)).ReturnMethod);
    }

    [Fact]
    public async Task Save_NothingChosen_ShowsTheErrorAndSavesNothing()
    {
        using var browser = await SignedInAsync(3);

        var response = await browser.SubmitAsync(Page, "return-method", new Dictionary<string, string>());

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"error-return-method\"", page);
        Assert.Contains("href=\"/apply/return-method?culture=en#Method\"", page); // the same page, never the base address
        Assert.Null((await fixture.ApplicationOfAsync(3)).ReturnMethod);
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = await SignedInAsync(4);

        var response = await browser.PostAsync(Page, new Dictionary<string, string>(Fields(ReturnMethod.PostalKosovo, null)) { ["_handler"] = "return-method" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await fixture.ApplicationOfAsync(4)).ReturnMethod);
    }

    [Fact]
    public async Task Page_AfterTheDeadline_IsRefused()
    {
        using var browser = await SignedInAsync(5, SignInSeed.Closes.AddMinutes(-5));
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(1));
        try
        {
            Assert.Contains("data-testid=\"return-method-refused\"", await browser.GetPageAsync(Page));
        }
        finally
        {
            fixture.Clock.Set(ReturnMethodHost.Now);
        }
    }

    private static Dictionary<string, string> Fields(ReturnMethod method, Guid? mission) => mission is { } id
        ? new() { ["Form.Method"] = method.ToString(), ["Form.MissionId"] = id.ToString() }
        : new() { ["Form.Method"] = method.ToString() };

    private async Task<BrowserSession> SignedInAsync(int person, DateTimeOffset? at = null)
    {
        fixture.Clock.Set(at ?? ReturnMethodHost.Now);
        return await fixture.SignInAsync(person);
    }
}

public sealed class ReturnMethodStepTestsOnSqlite(SqliteReturnMethodHost fixture) : ReturnMethodStepTests(fixture), IClassFixture<SqliteReturnMethodHost>;

public sealed class ReturnMethodStepTestsOnPostgres(PostgresReturnMethodHost fixture) : ReturnMethodStepTests(fixture), IClassFixture<PostgresReturnMethodHost>;
