using System.Net;
using System.Text.Json;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>SECURITY T-BZ-05: the language switch follows only local return addresses, and a hostile one is refused quietly.</summary>
public sealed class CultureEndpointTests
{
    [Fact]
    public async Task Culture_HostileReturnUrls_RedirectHomeWithoutAnErrorLogged()
    {
        var logs = Path.Combine(Path.GetTempPath(), "ke-culture-logs-" + Guid.NewGuid().ToString("N")[..8]);
        string[] hostile = ["/%09/x", "/%0d/x", "/%0a/x", "/x%00y", "//evil.example", "/%5Cevil.example", "/\\evil.example", "http://evil.example", "%2F%2Fevil.example", "%2F%09%2Fevil.example", "/%E2%80%AE/x"];
        var answers = new List<string>();
        await using (var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "culture"),
            new TestClock(DateTimeOffset.UtcNow),
            settings: new Dictionary<string, string?> { ["Logging:File"] = Path.Combine(logs, "host-.log"), ["Logging:Json"] = "true" }))
        {
            foreach (var returnUrl in hostile)
            {
                using var response = await host.Client.GetAsync("/culture?culture=en&returnUrl=" + returnUrl);
                answers.Add($"{returnUrl} {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.All(answers, a => Assert.EndsWith(" 302 /", a));
        var levels = Directory.GetFiles(logs).SelectMany(File.ReadAllLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => e.TryGetProperty("@l", out var level) ? level.GetString() : "Information");
        Assert.DoesNotContain(levels, l => l is "Error" or "Fatal");
    }

    [Theory]
    [InlineData("/apply/status", "/apply/status")]
    [InlineData("/apply/sign-in?x=1", "/apply/sign-in?x=1")]
    [InlineData("", "/")]
    public async Task Culture_LocalReturnUrl_IsFollowed(string returnUrl, string expected)
    {
        await using var host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "culture-local"), new TestClock(DateTimeOffset.UtcNow));

        using var response = await host.Client.GetAsync("/culture?culture=sr-Latn&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    /// <summary>A link shared as /?culture=sr-Latn keeps its language for the next page (issue 11 item 4).</summary>
    [Theory]
    [InlineData("/?culture=sr-Latn", "c%3Dsr-Latn%7Cuic%3Dsr-Latn")]
    [InlineData("/apply/sign-in?culture=en", "c%3Den%7Cuic%3Den")]
    public async Task Page_OpenedWithACultureInTheQuery_RemembersIt(string path, string cookie)
    {
        await using var host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "culture-query"), new TestClock(DateTimeOffset.UtcNow));

        using var response = await host.Client.GetAsync(path);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=" + cookie + ";", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_WithAnUnknownCultureInTheQuery_SetsNothing()
    {
        await using var host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "culture-unknown"), new TestClock(DateTimeOffset.UtcNow));

        using var response = await host.Client.GetAsync("/?culture=de-DE");

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }
}
