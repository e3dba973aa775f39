using KosovoElections.Application.Postal;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>
/// The review screen of a paper application over HTTP (issue 15): how it arrived, the day received, the postmark's day
/// and who entered it, near the top; an online application shows none of it.
/// </summary>
public abstract class PostalReviewPageTests(StaffSiteHost fixture)
{
    private readonly PostalSeed _seed = new(fixture.Host);

    [Fact]
    public async Task Review_PaperApplication_ShowsItsChannelDatesAndWhoEnteredIt()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var today = DateOnly.FromDateTime(fixture.Host.Clock.UtcNow);
        var (received, postmark) = (today.AddDays(-2), today.AddDays(-5));
        var entered = await fixture.Host.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(supervisor, _seed.Form(await _seed.PersonAsync(), received, postmark), PostalSeed.Documents()));
        Assert.Equal(PostalEntryStatus.Entered, entered.Status);

        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var page = BrowserSession.Normalize(await reviewer.GetPageAsync($"/office/applications/{entered.ReferenceNumber}?culture=en"));

        Assert.Contains("data-testid=\"review-paper\" data-channel=\"Post\"", page);
        Assert.Contains("<dt>How it arrived</dt><dd data-testid=\"review-paper-channel\">By post</dd>", page);
        Assert.Contains($"<dt>Date received</dt><dd data-testid=\"review-paper-received\">{received:dd.MM.yyyy}</dd>", page);
        Assert.Contains($"<dt>Postmark date</dt><dd data-testid=\"review-paper-postmark\">{postmark:dd.MM.yyyy}</dd>", page);
        Assert.Contains($"<dt>Entered by</dt><dd data-testid=\"review-paper-entered-by\">{supervisor.Email}</dd>", page);
    }

    [Fact]
    public async Task Review_ApplicationByEmail_ShowsNoPostmark()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var entered = await fixture.Host.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(supervisor, _seed.Form(await _seed.PersonAsync(), channel: "Email"), PostalSeed.Documents()));
        Assert.Equal(PostalEntryStatus.Entered, entered.Status);

        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var page = await reviewer.GetPageAsync($"/office/applications/{entered.ReferenceNumber}?culture=en");

        Assert.Contains("data-testid=\"review-paper\" data-channel=\"Email\"", page);
        Assert.Contains("data-testid=\"review-paper-received\"", page);
        Assert.DoesNotContain("data-testid=\"review-paper-postmark\"", page);
    }

    [Fact]
    public async Task Review_OnlineApplication_ShowsNoPaperFacts()
    {
        var online = await new ReviewSeed(fixture.Host).SentAsync();

        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var page = await reviewer.GetPageAsync($"/office/applications/{online.ReferenceNumber}?culture=en");

        Assert.Contains($"{online.ReferenceNumber}</h1>", page);
        Assert.DoesNotContain("data-testid=\"review-paper", page);
    }
}

public sealed class PostalReviewPageTestsOnSqlite(SqliteStaffSiteHost fixture) : PostalReviewPageTests(fixture), IClassFixture<SqliteStaffSiteHost>;

public sealed class PostalReviewPageTestsOnPostgres(PostgresStaffSiteHost fixture) : PostalReviewPageTests(fixture), IClassFixture<PostgresStaffSiteHost>;
