using System.Globalization;
using System.Net;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>The applicant sign-in through the real host over HTTP (SPEC §4 step 2, §7; SECURITY T-AUTH, T-SES), on both providers.</summary>
public abstract class SignInTests(SignInHost fixture)
{
    private const string Page = "/apply/sign-in";
    private const string NotRecognised = "We could not find you with these details";

    [Fact]
    public async Task SignIn_CorrectDetailsWithSpaces_OpensASessionAndLandsOnTheApplication()
    {
        fixture.StartSlot(0);
        using var browser = Browser();
        var response = await SignInAsync(browser, "500 000 0001", SignInSeed.AdultBorn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply", response.Headers.Location!.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-ke-applicant=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var overview = await browser.GetPageAsync("/apply?culture=en");
        Assert.Contains("data-testid=\"next-step\" data-step=\"Selfie\"", overview);
        Assert.Contains("Blerta Shala", overview);
    }

    [Theory]
    [InlineData("", "12", "4", "1990", "Enter your personal number")]
    [InlineData("123456789", "12", "4", "1990", "exactly 10 digits")]
    [InlineData("50000000O1", "12", "4", "1990", "exactly 10 digits")]
    [InlineData("5000000001", "", "4", "1990", "Enter the day, month and year")]
    [InlineData("5000000001", "30", "2", "1990", "must be a real date")]
    [InlineData("5000000001", "12", "13", "1990", "must be a real date")]
    [InlineData("5000000001", "1", "1", "2999", "must be in the past")]
    public async Task SignIn_BadField_ShowsTheFieldErrorKeepsTheInputAndRecordsNoAttempt(string number, string day, string month, string year, string message)
    {
        fixture.StartSlot(1);
        using var browser = Browser();
        var response = await SubmitAsync(browser, number, day, month, year);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"error-summary\"", page);
        Assert.Contains(message, page);
        Assert.Contains($"value=\"{year}\"", page);
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.SignInAttempts.AnyAsync(a => a.OccurredAt == fixture.Clock.UtcNow));
    }

    [Fact]
    public async Task SignIn_UnknownNumberAndWrongDate_GiveIdenticalPagesStatusAndWait()
    {
        fixture.StartSlot(2);
        using var browser = Browser();
        var unknown = await SubmitAsync(browser, "5999999999", "12", "4", "1990");
        var unknownPage = BrowserSession.Normalize(await unknown.Content.ReadAsStringAsync());
        var waitedUnknown = fixture.Clock.Delays.ToArray();
        fixture.Clock.ClearDelays();

        var wrongDate = await SubmitAsync(browser, SignInSeed.Adult, "13", "4", "1990");
        var wrongDatePage = BrowserSession.Normalize(await wrongDate.Content.ReadAsStringAsync());
        var waitedWrongDate = fixture.Clock.Delays.ToArray();

        Assert.Equal(unknown.StatusCode, wrongDate.StatusCode);
        Assert.Contains(NotRecognised, unknownPage);
        Assert.Equal(unknownPage.Replace("5999999999", "N", StringComparison.Ordinal).Replace("value=\"12\"", "value=\"D\"", StringComparison.Ordinal),
            wrongDatePage.Replace(SignInSeed.Adult, "N", StringComparison.Ordinal).Replace("value=\"13\"", "value=\"D\"", StringComparison.Ordinal));
        Assert.Equal(waitedUnknown, waitedWrongDate);
        Assert.Equal([fixture.Host.Get<SignInOptions>().MinimumResponseTime], waitedUnknown);
    }

    [Fact]
    public async Task SignIn_ElevenFailuresInADay_RefusesEvenTheRightDateUntilTheWindowPasses()
    {
        fixture.StartSlot(3);
        using var browser = Browser();
        var number = SignInSeed.Numbered(1);
        var born = SignInSeed.AdultBorn.AddDays(1);
        for (var failures = 1; failures <= 10; failures++)
        {
            var page = await (await SignInAsync(browser, number, born.AddDays(-1))).Content.ReadAsStringAsync();
            Assert.Contains(NotRecognised, WebUtility.HtmlDecode(page));
            fixture.Clock.Advance(SignInThrottle.DelayAfter(failures) + TimeSpan.FromSeconds(1));
        }

        var refused = await SignInAsync(browser, number, born);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(NotRecognised, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        fixture.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, number, born)).StatusCode);
    }

    [Fact]
    public async Task SignIn_RightDateDuringTheDelayAfterFailures_IsRefusedThenAccepted()
    {
        fixture.StartSlot(4);
        using var browser = Browser();
        var number = SignInSeed.Numbered(2);
        var born = SignInSeed.AdultBorn.AddDays(2);
        for (var i = 0; i < 3; i++)
        {
            await SignInAsync(browser, number, born.AddYears(1));
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, number, born)).StatusCode);
        fixture.Clock.Advance(SignInThrottle.DelayAfter(3));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, number, born)).StatusCode);
    }

    [Fact]
    public async Task SignIn_OneAddressTryingManyNumbers_IsSlowedForEveryNumber()
    {
        fixture.StartSlot(5);
        using var browser = Browser();
        var budget = fixture.Host.Get<SignInOptions>().AddressFailureBudget;
        for (var i = 0; i < budget; i++)
        {
            await SignInAsync(browser, SignInSeed.Numbered(10 + i), new DateOnly(1985, 1, 1));
        }

        // A real person behind the same address now waits too; the message is the same generic one.
        var slowed = await SignInAsync(browser, SignInSeed.Numbered(59), SignInSeed.AdultBorn.AddDays(59));
        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.Contains(NotRecognised, WebUtility.HtmlDecode(await slowed.Content.ReadAsStringAsync()));

        fixture.Clock.Advance(fixture.Host.Get<SignInOptions>().AddressWindow);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, SignInSeed.Numbered(59), SignInSeed.AdultBorn.AddDays(59))).StatusCode);
    }

    [Theory]
    [InlineData(SignInSeed.Minor, "18 or over on election day")]
    [InlineData(SignInSeed.Deceased, "does not allow registration")]
    public async Task SignIn_IneligiblePerson_GetsItsOwnMessageOnlyAfterAMatch(string number, string message)
    {
        fixture.StartSlot(6);
        using var browser = Browser();
        var born = number == SignInSeed.Minor ? SignInSeed.MinorBorn : new DateOnly(1950, 1, 1);

        var matched = WebUtility.HtmlDecode(await (await SignInAsync(browser, number, born)).Content.ReadAsStringAsync());
        Assert.Contains(message, matched);

        var wrongDate = WebUtility.HtmlDecode(await (await SignInAsync(browser, number, born.AddDays(-3))).Content.ReadAsStringAsync());
        Assert.DoesNotContain(message, wrongDate);
        Assert.Contains(NotRecognised, wrongDate);
    }

    [Fact]
    public async Task SignIn_BeforeOpening_SaysSoWithoutConsultingTheRegistry()
    {
        using var browser = Browser();
        fixture.Clock.Set(SignInSeed.Opens.AddMinutes(-1));
        Assert.Contains("Registration is not open yet", WebUtility.HtmlDecode(await (await SignInAsync(browser, SignInSeed.Adult, SignInSeed.AdultBorn)).Content.ReadAsStringAsync()));

        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.SignInAttempts.AnyAsync(a => a.OccurredAt == SignInSeed.Opens.UtcDateTime.AddMinutes(-1)));
    }

    [Fact]
    public async Task SignIn_AfterClosing_LetsApplicantsFollowTheirApplicationButStartsNoNewOne()
    {
        fixture.StartSlot(14);
        var applied = SignInSeed.Numbered(54);
        using (var before = Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(before, applied, SignInSeed.AdultBorn.AddDays(54))).StatusCode);
        }

        fixture.Clock.Set(SignInSeed.Closes.AddHours(1));
        try
        {
            using var browser = Browser();
            var newcomer = await SignInAsync(browser, SignInSeed.Numbered(55), SignInSeed.AdultBorn.AddDays(55));
            Assert.Contains("Registration is closed", WebUtility.HtmlDecode(await newcomer.Content.ReadAsStringAsync()));

            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, applied, SignInSeed.AdultBorn.AddDays(54))).StatusCode);
            Assert.Contains("data-status=\"Draft\"", await browser.GetPageAsync("/apply"));
            await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
            Assert.False(await db.Applications.AnyAsync(a => a.PersonalNumber == SignInSeed.Numbered(55)));
        }
        finally
        {
            fixture.StartSlot(14);
        }
    }

    [Fact]
    public async Task SignIn_Again_ResumesTheSameApplicationAtTheFirstUnfinishedStep()
    {
        fixture.StartSlot(7);
        var number = SignInSeed.Numbered(3);
        var born = SignInSeed.AdultBorn.AddDays(3);
        using (var first = Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(first, number, born)).StatusCode);
        }

        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var application = await db.Applications.SingleAsync(a => a.PersonalNumber == number);
            Assert.Equal(RegistryPeople.Municipality, application.MunicipalityId); // the figures count it there without the registry
            application.RecordVerifiedEmail("blerta@example.org", fixture.Clock.UtcNow);
            application.RecordAddress(new AddressAbroad("DE", "Stuttgart", "Königstraße 1", "70173"), "+4915112345678", fixture.Clock.UtcNow);
            db.Documents.Add(new Document(application.Id, DocumentKind.Selfie, DocumentSubtype.None, fixture.Clock.UtcNow, new ImageFacts(1, 1, new string('a', 64), 0, 0, 0), "img", "thumb"));
            await db.SaveChangesAsync();
        }

        using var second = Browser();
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(second, number, born)).StatusCode);
        Assert.Contains("data-step=\"ReturnMethod\"", await second.GetPageAsync("/apply"));
        await using var check = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await check.Applications.CountAsync(a => a.PersonalNumber == number));
    }

    [Fact]
    public async Task SignIn_WithASubmittedApplication_ShowsItsStatus()
    {
        fixture.StartSlot(8);
        var number = SignInSeed.Numbered(4);
        var born = SignInSeed.AdultBorn.AddDays(4);
        using var browser = Browser();
        await SignInAsync(browser, number, born);
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var application = await db.Applications.SingleAsync(a => a.PersonalNumber == number);
            application.Submit("KE-STATUS4", fixture.Clock.UtcNow, fixture.Clock.UtcNow);
            await db.SaveChangesAsync();
        }

        var page = await browser.GetPageAsync("/apply?culture=en");
        Assert.Contains("data-status=\"Submitted\"", page);
        Assert.Contains("KE-STATUS4", page);
        Assert.DoesNotContain("data-testid=\"next-step\"", page);
    }

    [Fact]
    public async Task Session_IdleForThirtyMinutes_Ends()
    {
        fixture.StartSlot(9);
        using var browser = Browser();
        await SignInAsync(browser, SignInSeed.Numbered(5), SignInSeed.AdultBorn.AddDays(5));
        fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/apply")).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var expired = await browser.GetAsync("/apply");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/apply/sign-in", expired.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_ActiveForTwelveHours_EndsAnyway()
    {
        fixture.StartSlot(10);
        using var browser = Browser();
        await SignInAsync(browser, SignInSeed.Numbered(6), SignInSeed.AdultBorn.AddDays(6));
        for (var hour = 0; hour < 11; hour++)
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/apply")).StatusCode);
            fixture.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/apply")).StatusCode);
            fixture.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/apply")).StatusCode);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/apply")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionEvenForACopiedCookie()
    {
        fixture.StartSlot(11);
        using var browser = Browser();
        await SignInAsync(browser, SignInSeed.Numbered(7), SignInSeed.AdultBorn.AddDays(7));
        var copied = browser.CookieHeader;

        var token = BrowserSession.TokenOf(await browser.GetPageAsync("/apply"));
        var signedOut = await browser.PostAsync("/apply/sign-out", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/apply");
        replay.Headers.Add("Cookie", copied);
        var response = await fixture.Host.Client.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        fixture.StartSlot(12);
        using var browser = Browser();
        await SignInAsync(browser, SignInSeed.Numbered(8), SignInSeed.AdultBorn.AddDays(8));
        var response = await browser.PostAsync("/apply/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/apply")).StatusCode);
    }

    [Fact]
    public async Task SignIn_Attempts_AreAuditedWithTheNumberMaskedAndNeverLoggedInClear()
    {
        fixture.StartSlot(13);
        using var browser = Browser();
        var number = SignInSeed.Numbered(9);
        await SignInAsync(browser, number, SignInSeed.AdultBorn);
        await SignInAsync(browser, number, SignInSeed.AdultBorn.AddDays(9));

        var masked = "*******" + number[^3..];
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var events = await db.AuditEvents.Where(e => e.Actor == masked && e.OccurredAt == fixture.Clock.UtcNow).Select(e => e.Action).ToListAsync();
        Assert.Contains("signin.failed", events);
        Assert.Contains("signin.succeeded", events);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor.Contains(number) || e.Details.Contains(number)));
        foreach (var log in Directory.GetFiles(fixture.LogFolder))
        {
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            Assert.DoesNotContain(number, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    private BrowserSession Browser() => new(fixture.Host.BaseUrl);

    private static Task<HttpResponseMessage> SignInAsync(BrowserSession browser, string number, DateOnly born) =>
        SubmitAsync(browser, number, born.Day.ToString(CultureInfo.InvariantCulture), born.Month.ToString(CultureInfo.InvariantCulture), born.Year.ToString(CultureInfo.InvariantCulture));

    private static Task<HttpResponseMessage> SubmitAsync(BrowserSession browser, string number, string day, string month, string year) =>
        browser.SubmitAsync(Page + "?culture=en", "sign-in", new Dictionary<string, string>
        {
            ["Form.PersonalNumber"] = number,
            ["Form.Day"] = day,
            ["Form.Month"] = month,
            ["Form.Year"] = year,
        });
}

public sealed class SignInTestsOnSqlite(SqliteSignInHost fixture) : SignInTests(fixture), IClassFixture<SqliteSignInHost>;

public sealed class SignInTestsOnPostgres(PostgresSignInHost fixture) : SignInTests(fixture), IClassFixture<PostgresSignInHost>;
