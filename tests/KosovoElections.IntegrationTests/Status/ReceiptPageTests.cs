using System.Net;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Status;

/// <summary>The registration receipt over HTTP (SPEC §1, §4 step 10): only the applicant's own, only once approved.</summary>
public abstract class ReceiptPageTests(StatusHost fixture)
{
    private const string Code = "KQZ-7H2M-9XQ4";

    [Theory]
    [InlineData("sq", "Dëftesën e regjistrimit mund ta shtypni pasi aplikimi juaj të miratohet.")]
    [InlineData("sr-Latn", "Potvrdu o registraciji možete da odštampate kada vaša prijava bude odobrena.")]
    [InlineData("en", "You can print your registration receipt once your application is approved.")]
    public async Task Receipt_BeforeApproval_SaysTheReceiptComesOnceApproved(string culture, string when)
    {
        fixture.Clock.Set(StatusHost.Now);
        var person = 34 + Array.IndexOf(["sq", "sr-Latn", "en"], culture);
        using var browser = await fixture.SignInAsync(person);
        await fixture.CompleteAsync(person);
        await fixture.SubmitAndReviewAsync(person);

        var response = await browser.GetAsync("/apply/receipt?culture=" + culture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = BrowserSession.Normalize(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"receipt-not-yet\"", page);
        Assert.Contains(when, page);
        Assert.Contains("href=\"/apply\" data-testid=\"receipt-back\"", page);
        Assert.DoesNotContain("data-testid=\"receipt-code\"", page);
    }

    [Fact]
    public async Task Receipt_Approved_ShowsCodeAsTextAndQrWithNameMunicipalityMethodAndInstructions()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var browser = await fixture.SignInAsync(31);
        await fixture.CompleteAsync(31);
        await fixture.SubmitAndReviewAsync(31);
        await fixture.ChangeAsync(31, (a, now) => a.Approve(Code, Guid.Empty, now));
        await using (var db = await fixture.Host.Get<KosovoElections.Infrastructure.Persistence.ElectionsDbFactory>().CreateAsync())
        {
            var election = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Elections);
            db.Mailboxes.Add(KosovoElections.Domain.Elections.Mailbox.InKosovo(election, "KQZ – Kutia postare 1000\n10000 Prishtinë"));
            await db.SaveChangesAsync();
        }

        var serbian = BrowserSession.Normalize(await browser.GetPageAsync("/apply/receipt?culture=sr-Latn"));
        var albanian = BrowserSession.Normalize(await browser.GetPageAsync("/apply/receipt?culture=sq"));
        var overview = await browser.GetPageAsync("/apply?culture=en");

        Assert.Contains($"data-testid=\"receipt-code\">{Code}<", serbian);
        Assert.Matches("data-testid=\"receipt-qr\">\\s*<svg", serbian);
        Assert.Contains("Blerta Shala", serbian);
        Assert.Contains("data-testid=\"receipt-municipality\">Orahovac<", serbian);
        Assert.Contains("data-testid=\"receipt-municipality\">Rahovec<", albanian);
        Assert.Contains("Poštom u poštanski pretinac CIK-a na Kosovu", serbian);
        Assert.Contains("Stavite ovu potvrdu u paket za glasanje", serbian);
        Assert.Contains("data-testid=\"receipt-send-to\">KQZ – Kutia postare 1000\n10000 Prishtinë<", serbian);
        Assert.Contains("data-print", serbian);
        Assert.Contains("href=\"/apply/receipt\" data-testid=\"receipt-link\"", overview);
    }

    [Fact]
    public async Task Receipt_AnotherApplicant_SeesOnlyTheirOwnNotYetPage()
    {
        fixture.Clock.Set(StatusHost.Now);
        using var owner = await fixture.SignInAsync(32);
        await fixture.CompleteAsync(32);
        await fixture.SubmitAndReviewAsync(32);
        await fixture.ChangeAsync(32, (a, now) => a.Approve(Code + "-32", Guid.Empty, now));
        using var other = await fixture.SignInAsync(33);

        var response = await other.GetAsync("/apply/receipt");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"receipt-not-yet\"", page);
        Assert.DoesNotContain(Code + "-32", page);
        Assert.Contains(Code + "-32", await owner.GetPageAsync("/apply/receipt"));
    }
}

public sealed class ReceiptPageTestsOnSqlite(SqliteStatusHost fixture) : ReceiptPageTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class ReceiptPageTestsOnPostgres(PostgresStatusHost fixture) : ReceiptPageTests(fixture), IClassFixture<PostgresStatusHost>;
