using System.Globalization;
using System.Net;
using System.Text.Json;
using KosovoElections.Application.Registration.HandOff;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>
/// SPEC §7, SECURITY T-LOG-02: the one line per request names the route template, never the path, which carries
/// hand-off tokens and document ids; the personal number and date of birth of a sign-in never reach the log either.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task RequestLog_HandOffDocumentAndSignIn_NamesTemplatesAndNoTokenNumberOrBirthDate()
    {
        var logs = Path.Combine(Path.GetTempPath(), "ke-request-logs-" + Guid.NewGuid().ToString("N")[..8]);
        var number = SignInSeed.Numbered(7);
        var born = SignInSeed.AdultBorn.AddDays(7);
        var document = Guid.NewGuid();
        const string unmatchedSecret = "c2VjcmV0LWluLWEtcGF0aA";
        string token;
        await using (var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "requestlog"),
            new TestClock(SignInSeed.Opens.AddDays(3)),
            settings: new Dictionary<string, string?>
            {
                ["Logging:File"] = Path.Combine(logs, "host-.log"),
                ["Logging:Json"] = "true",

                // SQL is logged inside requests, where ASP.NET Core's scope would attach the raw path to every line.
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            }))
        {
            await SignInSeed.SeedAsync(host);
            using var computer = new BrowserSession(host.BaseUrl);
            Assert.Equal(HttpStatusCode.Redirect, (await computer.SignInAsync(number, born)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await computer.GetAsync($"/apply/documents/{document}/thumbnail")).StatusCode);

            token = await host.Get<PhoneHandOffs>().IssueAsync(new ApplicantIdentity("unused", number, await ElectionIdAsync(host)));
            using var phone = new BrowserSession(host.BaseUrl);
            Assert.Contains("data-testid=\"hand-off-continue\"", await phone.GetPageAsync("/apply/continue/" + token), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await phone.SubmitAsync("/apply/continue/" + token, "continue", new Dictionary<string, string>())).StatusCode);

            Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/no-such-page/" + unmatchedSecret)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        }

        var log = string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText));
        var events = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var requests = events.Where(e => e.TryGetProperty("RouteTemplate", out _))
            .Select(e => $"{e.GetProperty("RequestMethod").GetString()} {e.GetProperty("RouteTemplate").GetString()} {e.GetProperty("StatusCode").GetInt32()}")
            .ToList();
        Assert.Contains("POST /apply/sign-in 302", requests);
        Assert.Contains("GET /apply/documents/{id:guid}/{variant} 404", requests);
        Assert.Contains("GET /apply/continue/{Token} 200", requests);
        Assert.Contains("POST /apply/continue/{Token} 302", requests);
        Assert.Contains("GET /not-found 404", requests); // re-executed as the site's own page, which the log names
        Assert.DoesNotContain(requests, r => r.Contains("/health", StringComparison.Ordinal)); // Debug, below the default level
        Assert.Contains(events, e => e.TryGetProperty("RequestId", out _) && e.GetProperty("@m").GetString()!.Contains("applicant_sessions", StringComparison.Ordinal));

        Assert.DoesNotContain(events, e => e.TryGetProperty("RequestPath", out _));
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(document.ToString(), log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(unmatchedSecret, log, StringComparison.Ordinal);
        Assert.DoesNotContain(number, log, StringComparison.Ordinal);
        Assert.DoesNotContain(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), log, StringComparison.Ordinal);
        Assert.DoesNotContain(born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), log, StringComparison.Ordinal);
    }

    private static async Task<Guid> ElectionIdAsync(TestHost host)
    {
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Elections.Select(e => e.Id).SingleAsync();
    }
}
