using System.Net;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Staff;

/// <summary>The staff sign-in through the real host over HTTP (SPEC §5; SECURITY T-AC-04, T-AC-05, T-SES-02/03, T-LOG-01), on both providers.</summary>
public abstract class StaffSignInTests(StaffSiteHost fixture)
{
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData("sq", "Hyrja për stafin e KQZ-së")]
    [InlineData("sr-Latn", "Identifikacija osoblja CIK-a")]
    [InlineData("en", "CEC staff sign-in")]
    public async Task SignInPage_EachLanguage_SpeaksIt(string culture, string title)
    {
        using var browser = new BrowserSession(Host.BaseUrl);
        var response = await browser.GetAsync(StaffSteps.SignInPage + "?culture=" + culture);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains($"<h1>{title}</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_UnknownEmailAndWrongPassword_GiveIdenticalPages()
    {
        var staff = await Host.CreateStaffAsync(StaffRole.Reviewer);
        using var browser = new BrowserSession(Host.BaseUrl);

        var unknown = await browser.SignInStaffAsync("nobody@kqz-ks.org", "wrong password 1");
        var wrongPassword = await browser.SignInStaffAsync(staff.Email, "wrong password 1");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongPassword.StatusCode);
        var unknownPage = BrowserSession.Normalize(await unknown.Content.ReadAsStringAsync()).Replace("nobody@kqz-ks.org", "E", StringComparison.Ordinal);
        var wrongPage = BrowserSession.Normalize(await wrongPassword.Content.ReadAsStringAsync()).Replace(staff.Email, "E", StringComparison.Ordinal);
        Assert.Contains("data-testid=\"staff-sign-in-refused\"", unknownPage);
        Assert.Equal(unknownPage, wrongPage);
        Assert.DoesNotContain("wrong password 1", wrongPage);
        Assert.DoesNotContain("ke-staff", browser.CookieHeader);
        Assert.Equal(["staff.signin.failed"], await Host.AuditActionsOfAsync(staff.Id));
    }

    [Fact]
    public async Task SignIn_FiveFailures_LockTheAccountForFifteenMinutes()
    {
        var staff = await Host.CreateStaffAsync(StaffRole.Reviewer);
        using var browser = new BrowserSession(Host.BaseUrl);
        for (var i = 0; i < StaffMember.MaxFailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInStaffAsync(staff.Email, "wrong password " + i)).StatusCode);
        }

        var whileLocked = await browser.SignInStaffAsync(staff.Email);
        Assert.Equal(HttpStatusCode.OK, whileLocked.StatusCode);
        Assert.Contains("data-testid=\"staff-sign-in-refused\"", await whileLocked.Content.ReadAsStringAsync());
        Host.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInStaffAsync(staff.Email)).StatusCode);

        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterwards = await browser.SignInStaffAsync(staff.Email);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(StaffSteps.CodePage, afterwards.RedirectPath());
        var actions = await Host.AuditActionsOfAsync(staff.Id);
        Assert.Equal(1, actions.Count(a => a == "staff.account.locked"));
        Assert.Equal(2, actions.Count(a => a == "staff.signin.locked"));
    }

    [Fact]
    public async Task SignIn_TenGuessesAtOnce_OnlyFiveAreTriedAndTheAccountLocks()
    {
        var staff = await Host.CreateStaffAsync(StaffRole.Reviewer);
        var browsers = Enumerable.Range(0, 10).Select(_ => new BrowserSession(Host.BaseUrl)).ToList();

        await Task.WhenAll(browsers.Select((b, i) => b.SignInStaffAsync(staff.Email, "wrong password " + i)));
        browsers.ForEach(b => b.Dispose());

        var actions = await Host.AuditActionsOfAsync(staff.Id);
        Assert.Equal(StaffMember.MaxFailedSignIns, actions.Count(a => a == "staff.signin.failed"));
        Assert.Equal(10 - StaffMember.MaxFailedSignIns, actions.Count(a => a == "staff.signin.locked"));
        using var owner = new BrowserSession(Host.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await owner.SignInStaffAsync(staff.Email)).StatusCode);
    }

    [Fact]
    public async Task Password_Alone_ReachesNeitherTheOfficeNorTheCodePageAfterFiveMinutes()
    {
        var staff = await Host.CreateStaffAsync(StaffRole.Admin);
        using var browser = new BrowserSession(Host.BaseUrl);
        await browser.SignInStaffAsync(staff.Email);

        var office = await browser.GetAsync("/office");
        Assert.Equal(HttpStatusCode.Redirect, office.StatusCode);
        Assert.Equal(StaffSteps.CodePage, office.RedirectPath());
        Assert.Contains("data-testid=\"staff-code-form\"", await browser.GetPageAsync(StaffSteps.CodePage));

        Host.Clock.Advance(StaffSession.SecondFactorTimeout);
        var late = await browser.GetAsync(StaffSteps.CodePage);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, late.RedirectPath());
    }

    [Fact]
    public async Task Enrolment_CodeComputedFromTheKeyOnThePage_SignsInAndShowsTenRecoveryCodes()
    {
        var staff = await Host.CreateStaffAsync(StaffRole.Supervisor);
        using var browser = new BrowserSession(Host.BaseUrl);
        var password = await browser.SignInStaffAsync(staff.Email);
        var cookie = Assert.Single(password.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-ke-staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var codePage = await browser.GetAsync(StaffSteps.CodePage + "?culture=en");
        Assert.True(codePage.Headers.CacheControl!.NoStore);
        var page = await codePage.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"staff-totp-qr\"", page);
        Assert.Contains("<svg", page);
        var key = StaffSteps.KeyOnPage(page);
        Assert.Equal(20, key.Length);
        Assert.Equal(key, StaffSteps.KeyOnPage(await browser.GetPageAsync(StaffSteps.CodePage)));

        var wrong = await browser.SubmitCodeAsync(TestTotp.Code(key, Host.Clock.GetUtcNow().AddMinutes(2)));
        Assert.Contains("data-testid=\"staff-code-wrong\"", await wrong.Content.ReadAsStringAsync());
        var enrolled = await browser.SubmitCodeAsync(TestTotp.Code(key, Host.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(await enrolled.Content.ReadAsStringAsync(), "data-testid=\"staff-recovery-code\""));

        var office = await browser.GetPageAsync("/office?culture=en");
        Assert.Contains(staff.Email, office);
        Assert.Contains("data-role=\"Supervisor\"", office);
        Assert.Equal(
            ["staff.signin.password-accepted", "staff.totp.enrolment-started", "staff.signin.code-failed", "staff.totp.enrolled", "staff.signin.succeeded"],
            await Host.AuditActionsOfAsync(staff.Id));
    }

    [Fact]
    public async Task Code_AlreadyUsed_IsRefusedInANewSignIn()
    {
        var (first, staff) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        first.Dispose();
        var usedCode = TestTotp.Code(staff.Key, Host.Clock.GetUtcNow());

        using var browser = new BrowserSession(Host.BaseUrl);
        await browser.SignInStaffAsync(staff.Email);
        var replay = await browser.SubmitCodeAsync(usedCode);
        Assert.Contains("data-testid=\"staff-code-wrong\"", await replay.Content.ReadAsStringAsync());

        Host.Clock.Advance(Totp.Step);
        var next = await browser.SubmitCodeAsync(TestTotp.Code(staff.Key, Host.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/office")).StatusCode);
    }

    [Fact]
    public async Task Code_FiveWrong_LockTheAccountAndEndTheHalfSession()
    {
        var (first, staff) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        first.Dispose();
        Host.Clock.Advance(Totp.Step);
        using var browser = new BrowserSession(Host.BaseUrl);
        await browser.SignInStaffAsync(staff.Email);
        var wrong = WrongCodes(staff.Key).Take(StaffMember.MaxFailedSignIns).ToList();
        foreach (var code in wrong.SkipLast(1))
        {
            Assert.Contains("data-testid=\"staff-code-wrong\"", await (await browser.SubmitCodeAsync(code)).Content.ReadAsStringAsync());
        }

        var locking = await browser.SubmitCodeAsync(wrong[^1]);
        Assert.Contains("data-testid=\"staff-code-locked\"", await locking.Content.ReadAsStringAsync());
        Assert.Equal(StaffSteps.SignInPage, (await browser.GetAsync(StaffSteps.CodePage)).RedirectPath());

        using var again = new BrowserSession(Host.BaseUrl);
        Assert.Contains("data-testid=\"staff-sign-in-refused\"", await (await again.SignInStaffAsync(staff.Email)).Content.ReadAsStringAsync());
        Assert.Contains("staff.account.locked", await Host.AuditActionsOfAsync(staff.Id));
    }

    [Fact]
    public async Task RecoveryCode_StandsInForACodeOnce()
    {
        var (first, staff) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        first.Dispose();

        using var browser = new BrowserSession(Host.BaseUrl);
        await browser.SignInStaffAsync(staff.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitCodeAsync(staff.RecoveryCodes[3].ToLowerInvariant())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/office")).StatusCode);

        using var again = new BrowserSession(Host.BaseUrl);
        await again.SignInStaffAsync(staff.Email);
        Assert.Contains("data-testid=\"staff-code-wrong\"", await (await again.SubmitCodeAsync(staff.RecoveryCodes[3])).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disabling_EndsAnOpenSessionOnTheNextRequest()
    {
        var (browser, staff) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using var _ = browser;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/office")).StatusCode);
        await Host.SetDisabledAsync(staff.Id);

        var after = await browser.GetAsync("/office");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, after.RedirectPath());
    }

    [Fact]
    public async Task SignOut_EndsTheSessionEvenForACopiedCookie()
    {
        var (browser, staff) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using var _ = browser;
        var copied = browser.CookieHeader;
        var token = BrowserSession.TokenOf(await browser.GetPageAsync("/office"));
        var signOut = await browser.PostAsync("/office/sign-out", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/office");
        replay.Headers.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.Redirect, (await Host.Client.SendAsync(replay)).StatusCode);
        Assert.Contains("staff.signout.succeeded", await Host.AuditActionsOfAsync(staff.Id));
    }

    [Fact]
    public async Task Session_IdleFifteenMinutes_IsOver()
    {
        using var browser = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        Host.Clock.Advance(StaffSession.IdleTimeout);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/office")).StatusCode);
    }

    /// <summary>Six-digit codes that are none of the codes valid around now (±1 step) for <paramref name="key"/>.</summary>
    private IEnumerable<string> WrongCodes(byte[] key)
    {
        var now = Host.Clock.GetUtcNow();
        var valid = new[] { -1, 0, 1 }.Select(step => TestTotp.Code(key, now + (step * Totp.Step))).ToHashSet();
        return Enumerable.Range(1, 20).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Where(code => !valid.Contains(code));
    }
}

public sealed class StaffSignInTestsOnSqlite(SqliteStaffSiteHost fixture) : StaffSignInTests(fixture), IClassFixture<SqliteStaffSiteHost>;

public sealed class StaffSignInTestsOnPostgres(PostgresStaffSiteHost fixture) : StaffSignInTests(fixture), IClassFixture<PostgresStaffSiteHost>;
