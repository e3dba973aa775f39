using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>
/// The e-mail step's pages through the real host over HTTP (SPEC §4 step 4, §7), with the code read from what a real
/// SMTP server received.
/// </summary>
public sealed partial class EmailStepTests(EmailStepHost fixture) : IClassFixture<EmailStepHost>
{
    private const string AddressPage = "/apply/email";
    private const string CodePage = "/apply/email/code";

    [Fact]
    public async Task EmailStep_AddressThenCodeFromTheMessageInSerbian_RecordsTheAddressAndMovesOnToTheAddressStep()
    {
        fixture.StartSlot(0);
        var number = SignInSeed.Numbered(10);
        using var browser = await SignInAsync(10, "sr-Latn");
        await CaptureSelfieAsync(number);
        const string address = "vesna.markovic@example.org";

        var sent = await RequestAsync(browser, "  " + address + " ");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(CodePage, sent.Headers.Location!.PathAndQuery);
        var codePage = WebUtility.HtmlDecode(await browser.GetPageAsync(CodePage));
        Assert.Contains($"Poslali smo kod na {address}.", codePage);
        Assert.Contains("href=\"/apply/email\" data-testid=\"email-change\"", codePage);
        Assert.Contains("data-cooldown=\"60\"", codePage);
        Assert.Matches("id=\"resend-code\"[^>]*disabled", codePage);
        var message = Assert.Single(await fixture.MessagesToAsync(address));
        Assert.Equal("Kod za potvrđivanje adrese e-pošte – CIK", message.Subject);
        var code = EmailStepHost.CodeIn(message);

        var verified = await VerifyAsync(browser, code[..3] + " " + code[3..]);

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal("/apply/address", verified.Headers.Location!.PathAndQuery);
        var overview = await browser.GetPageAsync("/apply");
        Assert.Contains("data-testid=\"next-step\" data-step=\"Address\"", overview);
        Assert.Contains($"<span data-testid=\"verified-email\">{address}</span>", overview);
        Assert.Equal(address, await EmailOfAsync(number));
    }

    [Theory]
    [InlineData("", "Enter your e-mail address")]
    [InlineData("blerta@localhost", "Enter an e-mail address in the correct format")]
    public async Task RequestCode_BadAddress_ShowsTheErrorLinkedToTheFieldAndSendsNothing(string typed, string error)
    {
        fixture.StartSlot(1);
        using var browser = await SignInAsync(11, "en");

        var response = await RequestAsync(browser, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"error-summary\"", page);
        Assert.Contains($"<a href=\"/apply/email#Email\">{error}", page); // the same page, never the base address
        Assert.Contains("data-testid=\"error-email\"", page);
        Assert.Contains("<title>Error: What is your e-mail address?", page);
        await Task.Delay(2_500);
        Assert.Empty(fixture.MessagesTo("blerta@localhost"));
    }

    [Fact]
    public async Task VerifyCode_WrongCode_SaysHowManyTriesAreLeft()
    {
        fixture.StartSlot(2);
        using var browser = await SignInAsync(12, "en");
        const string address = "wrong.code@example.org";
        await RequestAsync(browser, address);
        var code = EmailStepHost.CodeIn(Assert.Single(await fixture.MessagesToAsync(address)));

        var response = await VerifyAsync(browser, Wrong(code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"/apply/email/code#Code\">The code is not right. You have 4 tries left.</a>", page);
        Assert.Contains("data-testid=\"error-email-code\"", page);
        Assert.Contains("data-testid=\"email-code-form\"", page);
    }

    [Fact]
    public async Task VerifyCode_SixthTryWithTheRightCode_IsRefusedAndOffersANewCode()
    {
        fixture.StartSlot(3);
        var number = SignInSeed.Numbered(13);
        using var browser = await SignInAsync(13, "en");
        const string address = "six.tries@example.org";
        await RequestAsync(browser, address);
        var code = EmailStepHost.CodeIn(Assert.Single(await fixture.MessagesToAsync(address)));

        var pages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(WebUtility.HtmlDecode(await (await VerifyAsync(browser, Wrong(code))).Content.ReadAsStringAsync()));
        }

        var sixth = await VerifyAsync(browser, code);

        Assert.Contains("You have 1 try left.", pages[3]);
        Assert.Contains("data-reason=\"TooManyTries\"", pages[4]);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        var page = WebUtility.HtmlDecode(await sixth.Content.ReadAsStringAsync());
        Assert.Contains("data-reason=\"TooManyTries\"", page);
        Assert.Contains("The code was entered wrongly too many times", page);
        Assert.DoesNotContain("data-testid=\"email-code-form\"", page);
        Assert.Contains("data-testid=\"email-resend\"", page);
        Assert.Null(await EmailOfAsync(number));
    }

    [Fact]
    public async Task ResendCode_FourthWithinTheHour_IsRefusedWithTheWaitAndSendsNothing()
    {
        fixture.StartSlot(4);
        using var browser = await SignInAsync(14, "en");
        const string address = "four.codes@example.org";
        Assert.Equal(HttpStatusCode.Redirect, (await RequestAsync(browser, address)).StatusCode);
        for (var resend = 0; resend < 2; resend++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(61));
            var again = await ResendAsync(browser);
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal(CodePage + "?resent=true", again.Headers.Location!.PathAndQuery);
        }

        Assert.Contains($"We have sent a new code to {address}.", WebUtility.HtmlDecode(await browser.GetPageAsync(CodePage + "?resent=true")));
        Assert.Equal(3, (await fixture.MessagesToAsync(address, 3)).Count);
        fixture.Clock.Advance(TimeSpan.FromSeconds(61));

        var fourth = await ResendAsync(browser);

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        var page = WebUtility.HtmlDecode(await fourth.Content.ReadAsStringAsync());
        Assert.Contains("You cannot ask for another code yet.", page);
        var wait = (int)(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(3 * 61)).TotalSeconds;
        Assert.Contains($"data-cooldown=\"{wait}\"", page);
        Assert.Contains("You can ask for a new code in 56:57.", page);
        Assert.Matches("id=\"resend-code\"[^>]*disabled", page);
        await Task.Delay(2_500);
        Assert.Equal(3, fixture.MessagesTo(address).Count);
    }

    [Fact]
    public async Task EmailStep_AfterTheDeadline_RefusesBothTheRequestAndTheCode()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-10));
        var number = SignInSeed.Numbered(15);
        using var browser = await SignInAsync(15, "en");
        const string address = "too.late@example.org";
        await RequestAsync(browser, address);
        var code = EmailStepHost.CodeIn(Assert.Single(await fixture.MessagesToAsync(address)));
        var token = BrowserSession.TokenOf(await browser.GetPageAsync(CodePage));
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(1));

        var addressPage = await browser.GetPageAsync(AddressPage);
        var request = await browser.PostAsync(AddressPage, Form(token, "email", "Email", "other.address@example.org"));
        var verify = await browser.PostAsync(CodePage, Form(token, "email-code", "Code", code));

        Assert.Contains("data-testid=\"email-not-editable\"", addressPage);
        Assert.DoesNotContain("data-testid=\"email-form\"", addressPage);
        foreach (var response in new[] { request, verify })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Your application can no longer be changed", page);
            // Nothing to change is offered; the sign-out and the idle warning's dialog (stay signed in) are not changes.
            var offered = TimeoutDialog().Replace(page, string.Empty).Replace("action=\"/apply/sign-out\"", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("<form method=\"post\"", offered);
        }

        Assert.Null(await EmailOfAsync(number));
        await Task.Delay(2_500);
        Assert.Empty(fixture.MessagesTo("other.address@example.org"));
    }

    /// <summary>A browser that chose <paramref name="culture"/> with the language switch, signed in as person <paramref name="person"/>.</summary>
    private async Task<BrowserSession> SignInAsync(int person, string culture)
    {
        var browser = new BrowserSession(fixture.Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/culture?culture={culture}&returnUrl=/apply/sign-in")).StatusCode);
        var number = SignInSeed.Numbered(person);
        var born = SignInSeed.AdultBorn.AddDays(person);
        var response = await browser.SignInAsync(number, born);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static Task<HttpResponseMessage> RequestAsync(BrowserSession browser, string email) =>
        browser.SubmitAsync(AddressPage, "email", new Dictionary<string, string> { ["Email"] = email });

    private static Task<HttpResponseMessage> VerifyAsync(BrowserSession browser, string code) =>
        browser.SubmitAsync(CodePage, "email-code", new Dictionary<string, string> { ["Code"] = code });

    private static Task<HttpResponseMessage> ResendAsync(BrowserSession browser) =>
        browser.SubmitAsync(CodePage, "email-resend", new Dictionary<string, string>());

    private static Dictionary<string, string> Form(string token, string formName, string field, string value) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["_handler"] = formName,
        [field] = value,
    };

    /// <summary>Another six digits than <paramref name="code"/>.</summary>
    private static string Wrong(string code) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The selfie step done, through the real capture use case, so that the step after the e-mail shows.</summary>
    private async Task CaptureSelfieAsync(string number)
    {
        var applicant = new ApplicantIdentity("test", number, await ElectionIdAsync());
        var result = await fixture.Host.Get<CaptureDocument>().HandleAsync(new CaptureCommand(applicant, DocumentKind.Selfie, DocumentSubtype.None, SyntheticPhoto.Camera(1200, 900)));
        Assert.NotNull(result.DocumentId);
    }

    private async Task<Guid> ElectionIdAsync()
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Elections.Select(e => e.Id).SingleAsync();
    }

    private async Task<string?> EmailOfAsync(string number)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.Where(a => a.PersonalNumber == number).Select(a => a.Email).SingleAsync();
    }

    /// <summary>The idle warning's dialog, on every page of a signed-in applicant.</summary>
    [GeneratedRegex("<dialog.*?</dialog>", RegexOptions.Singleline)]
    private static partial Regex TimeoutDialog();
}
