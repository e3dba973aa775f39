using System.Globalization;
using System.Net;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Address;

/// <summary>Address abroad and phone through the real host over HTTP (SPEC §4 step 5; SECURITY T-BZ-01, T-BZ-07, T-AC-02), on both providers.</summary>
public abstract class AddressStepTests(AddressHost fixture)
{
    private const string Page = "/apply/address?culture=en";

    private static readonly Dictionary<string, string> Berlin = new()
    {
        ["Form.Country"] = "DE",
        ["Form.City"] = "  Berlin ",
        ["Form.Street"] = "Unter den  Linden 77, flat 4",
        ["Form.PostalCode"] = "D-10117",
        ["Form.CallingCode"] = "",
        ["Form.Phone"] = "0151 2345-6789",
    };

    [Fact]
    public async Task Save_GoodAddress_IsSavedNormalisedAndAuditedWithoutTheAddressThenGoesToTheNextUnfinishedStep()
    {
        var (browser, number) = await SignedInAsync(0);
        using var _ = browser;

        var response = await browser.SubmitAsync(Page, "address", Berlin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/return-method", response.Headers.Location!.AbsolutePath); // the step after this one, the photos later
        var application = await ApplicationOfAsync(number);
        Assert.Equal(new AddressAbroad("DE", "Berlin", "Unter den Linden 77, flat 4", "10117"), application.Address);
        Assert.Equal("+4915123456789", application.Phone);
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var audit = await db.AuditEvents.SingleAsync(e => e.ApplicationId == application.Id && e.Action == "address.recorded");
        Assert.Equal("country=DE phone=+49*********89", audit.Details);
        Assert.DoesNotContain(number, audit.Actor);
    }

    [Fact]
    public async Task Return_AfterSaving_ShowsWhatWasSaved()
    {
        var (browser, _) = await SignedInAsync(1);
        using var __ = browser;
        await browser.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin) { ["Form.CallingCode"] = "CH", ["Form.Phone"] = "079 123 45 67" });

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync(Page));

        Assert.Contains("value=\"DE\" selected", page);
        Assert.Contains("value=\"CH\" selected", page);
        Assert.Contains("value=\"Berlin\"", page);
        Assert.Contains("value=\"Unter den Linden 77, flat 4\"", page);
        Assert.Contains("value=\"10117\"", page);
        Assert.Contains("value=\"079 123 45 67\"", page);
        Assert.DoesNotContain("data-testid=\"error-summary\"", page);
    }

    [Fact]
    public async Task Save_BadFields_ShowsEachErrorKeepsWhatWasTypedAndSavesNothing()
    {
        var (browser, number) = await SignedInAsync(2);
        using var _ = browser;

        var response = await browser.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin)
        {
            ["Form.PostalCode"] = "1234",
            ["Form.Phone"] = "0151 CALL ME",
            ["Form.City"] = "Berlin\r\nINFO forged log line",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"error-summary\"", page);
        Assert.Contains("Enter a real postal code, like 10115", page);
        Assert.Contains("Phone number can only have numbers, spaces, dashes and a + at the start", page);
        Assert.Contains("Town or city contains characters that are not allowed", page);
        Assert.Contains("value=\"1234\"", page);
        Assert.Contains("value=\"0151 CALL ME\"", page);
        Assert.Contains("value=\"Unter den  Linden 77, flat 4\"", page);
        Assert.Contains("value=\"DE\" selected", page);
        Assert.Null((await ApplicationOfAsync(number)).Address);
    }

    [Fact]
    public async Task Save_NumberNotInTheNumberingPlan_NamesTheCallingCodeKeepsWhatWasTypedAndSavesNothing()
    {
        var (browser, number) = await SignedInAsync(6);
        using var _ = browser;

        var response = await browser.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin) { ["Form.Phone"] = "0151 2345678" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter a real phone number for the country calling code +49", page);
        Assert.Contains("value=\"0151 2345678\"", page);
        Assert.Null((await ApplicationOfAsync(number)).Phone);
    }

    [Fact]
    public async Task Save_KosovoNumberInInternationalForm_IsSavedAndShownAsTyped()
    {
        var (browser, number) = await SignedInAsync(7);
        using var _ = browser;

        await browser.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin) { ["Form.Phone"] = "00383 44 123 456" });

        Assert.Equal("+38344123456", (await ApplicationOfAsync(number)).Phone);
        var page = WebUtility.HtmlDecode(await browser.GetPageAsync(Page));
        Assert.Contains("value=\"+383 44 123 456\"", page);
        Assert.Contains("<option value selected>The same as the country you live in</option>", page);
    }

    [Theory]
    [InlineData(3, "Form.Country", "XK", "error-country")]
    [InlineData(4, "Form.Country", "ZZ", "error-country")]
    [InlineData(5, "Form.CallingCode", "<b>", "error-calling-code")]
    public async Task Save_ValueNotInTheList_IsRefused(int person, string field, string value, string errorTestId)
    {
        var (browser, number) = await SignedInAsync(person);
        using var _ = browser;

        var response = await browser.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin) { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{errorTestId}\"", await response.Content.ReadAsStringAsync());
        Assert.Null((await ApplicationOfAsync(number)).Address);
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_IsRefused()
    {
        var (browser, number) = await SignedInAsync(12);
        using var _ = browser;

        var response = await browser.PostAsync(Page, new Dictionary<string, string>(Berlin) { ["_handler"] = "address" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await ApplicationOfAsync(number)).Address);
    }

    [Fact]
    public async Task Save_AfterTheDeadline_IsRefusedAndChangesNothing()
    {
        fixture.Clock.Set(SignInSeed.Closes.AddMinutes(-5));
        try
        {
            var (browser, number) = await SignedInAsync(13, keepClock: true);
            using var _ = browser;
            await browser.SubmitAsync(Page, "address", Berlin);
            var token = BrowserSession.TokenOf(await browser.GetPageAsync(Page));

            fixture.Clock.Set(SignInSeed.Closes.AddMinutes(1));
            var response = await browser.PostAsync(Page, new Dictionary<string, string>(Berlin)
            {
                ["Form.City"] = "Zürich",
                ["Form.Country"] = "CH",
                ["Form.PostalCode"] = "8001",
                ["Form.CallingCode"] = "DE",
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "address",
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data-testid=\"address-refused\"", await response.Content.ReadAsStringAsync());
            Assert.Equal("Berlin", (await ApplicationOfAsync(number)).Address!.City);
            Assert.Contains("data-testid=\"address-refused\"", await browser.GetPageAsync(Page));
        }
        finally
        {
            fixture.Clock.Set(AddressHost.Now);
        }
    }

    [Fact]
    public async Task Save_ByAnotherApplicant_ChangesOnlyTheirOwnApplication()
    {
        var (first, firstNumber) = await SignedInAsync(14);
        var (second, secondNumber) = await SignedInAsync(15);
        using var _ = first;
        using var __ = second;
        await first.SubmitAsync(Page, "address", Berlin);

        await second.SubmitAsync(Page, "address", new Dictionary<string, string>(Berlin) { ["Form.Country"] = "AT", ["Form.City"] = "Wien", ["Form.PostalCode"] = "1010", ["Form.Phone"] = "0664 1234567" });

        Assert.Equal(("Berlin", "+4915123456789"), await AddressOfAsync(firstNumber));
        Assert.Equal(("Wien", "+436641234567"), await AddressOfAsync(secondNumber));
        Assert.Contains("value=\"Berlin\"", await first.GetPageAsync(Page));
    }

    [Fact]
    public async Task Record_ForSomeoneWithoutAnApplication_IsRefused()
    {
        var election = (await ApplicationOfAsync((await SignedInAsync(16)).Number)).ElectionId;
        var stranger = new ApplicantIdentity("forged", SignInSeed.Numbered(17), election);

        var result = await fixture.Host.Get<RecordAddressAndPhone>().HandleAsync(new RecordAddressAndPhoneCommand(stranger, new AddressForm
        {
            Country = "DE",
            City = "Berlin",
            Street = "Unter den Linden 77",
            PostalCode = "10117",
            Phone = "0151 23456789",
        }));

        Assert.Equal(AddressSaveStatus.NotEditable, result.Status);
    }

    [Fact]
    public async Task Page_WithoutSignIn_SendsToTheSignIn()
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var response = await browser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/apply/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Signs in the fixture's person number <paramref name="person"/>, each test its own, so no test resumes another's application.</summary>
    private async Task<(BrowserSession Browser, string Number)> SignedInAsync(int person, bool keepClock = false)
    {
        if (!keepClock)
        {
            fixture.Clock.Set(AddressHost.Now);
        }

        return (await fixture.SignInAsync(person), SignInSeed.Numbered(person));
    }

    private async Task<VoterApplication> ApplicationOfAsync(string number)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.PersonalNumber == number);
    }

    private async Task<(string? City, string? Phone)> AddressOfAsync(string number)
    {
        var application = await ApplicationOfAsync(number);
        return (application.Address?.City, application.Phone);
    }
}

public sealed class AddressStepTestsOnSqlite(SqliteAddressHost fixture) : AddressStepTests(fixture), IClassFixture<SqliteAddressHost>;

public sealed class AddressStepTestsOnPostgres(PostgresAddressHost fixture) : AddressStepTests(fixture), IClassFixture<PostgresAddressHost>;
