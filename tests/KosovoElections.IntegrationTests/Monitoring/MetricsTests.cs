using System.Net;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Status;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>
/// <c>/metrics</c> on the real host, read from loopback (the default allowed network) as a Prometheus on the same
/// machine would, after what an applicant does (issue 12 item 7, T-AUTH-03, T-LOG-05).
/// </summary>
public abstract class MetricsTests(StatusHost fixture)
{
    [Fact]
    public async Task Metrics_FromLoopback_CountSignInsSubmissionsAndTheOutbox()
    {
        using (var stranger = new BrowserSession(fixture.Host.BaseUrl))
        {
            await stranger.SignInAsync(SignInSeed.Numbered(30), new DateOnly(1950, 1, 1));
        }

        using var browser = await fixture.SignInAsync(31);
        await fixture.CompleteAsync(31);
        var submitted = await browser.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var electionId = (await fixture.ApplicationsOfAsync(31))[0].ElectionId;
        var late = await fixture.Host.Get<CaptureDocument>().HandleAsync(
            new CaptureCommand(new ApplicantIdentity("test", SignInSeed.Numbered(31), electionId), DocumentKind.Selfie, DocumentSubtype.None, new byte[] { 1, 2, 3 }));
        Assert.Equal(CaptureRefusal.NotEditable, late.Refusal);

        var response = await Scrape.MetricsAsync(fixture.Host.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Scrape.Sample(text, "elections_sign_ins_total", "outcome=\"NotRecognised\"") >= 1, text);
        Assert.True(Scrape.Sample(text, "elections_sign_ins_total", "outcome=\"SignedIn\"") >= 1, text);
        Assert.True(Scrape.Sample(text, "elections_submissions_total") >= 1, text);
        Assert.True(Scrape.Sample(text, "elections_capture_refusals_total", "reason=\"NotEditable\"") >= 1, text);
        Assert.NotNull(Scrape.Sample(text, "elections_outbox_backlog"));
        Assert.NotNull(Scrape.Sample(text, "elections_outbox_oldest_age_seconds"));
        Assert.Equal(0, Scrape.Sample(text, "elections_circuits_open"));
        Assert.DoesNotContain(SignInSeed.Numbered(30), text, StringComparison.Ordinal);
        Assert.DoesNotContain(SignInSeed.Numbered(31), text, StringComparison.Ordinal);
    }
}

public sealed class MetricsTestsOnSqlite(SqliteStatusHost fixture) : MetricsTests(fixture), IClassFixture<SqliteStatusHost>;

public sealed class MetricsTestsOnPostgres(PostgresStatusHost fixture) : MetricsTests(fixture), IClassFixture<PostgresStatusHost>;
