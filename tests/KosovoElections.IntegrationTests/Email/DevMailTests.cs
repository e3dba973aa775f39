using System.Net;
using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>/dev/mail lists the local .eml files in Development only (SPEC §8); elsewhere it does not exist.</summary>
public sealed class DevMailTests
{
    [Fact]
    public async Task DevMail_Development_ListsTheMailNewestFirstAndShowsEach()
    {
        await using var host = await StartAsync("Development");
        var sender = host.Get<IEmailSender>();
        await sender.SendAsync(new EmailMessage("first@example.org", "Kodi – ë ç", "Teksti ë ç š đ", "<p>ë ç š đ</p>", "sq"));
        await Task.Delay(20);
        await sender.SendAsync(new EmailMessage("second@example.org", "Kod – š đ", "Tekst š đ", "<p>š đ</p>", "sr-Latn"));

        var list = await host.Client.GetAsync("/dev/mail");
        var page = await list.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.True(page.IndexOf("Kod – š đ", StringComparison.Ordinal) < page.IndexOf("Kodi – ë ç", StringComparison.Ordinal), page);
        Assert.Contains("first@example.org", page, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/dev/mail/[^\"]+)\"").Groups[1].Value;
        var view = await host.Client.GetAsync(link);
        var message = WebUtility.HtmlDecode(await view.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("Tekst š đ", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/dev/mail/nothing-here.eml")).StatusCode);
    }

    [Fact]
    public async Task DevMail_Production_IsNotFound()
    {
        await using var host = await StartAsync("Production");
        await host.Get<IEmailSender>().SendAsync(new EmailMessage("first@example.org", "Kodi", "Teksti", "<p>Teksti</p>", "sq"));
        var name = Path.GetFileName(Directory.GetFiles(host.Get<Infrastructure.Email.MailPickupFolder>().Path).Single());

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/dev/mail")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/dev/mail/" + name)).StatusCode);
    }

    private static Task<TestHost> StartAsync(string environment) =>
        TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "devmail"),
            new TestClock(DateTimeOffset.UtcNow),
            environment,
            new Dictionary<string, string?> { ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "ke-devmail-" + Guid.NewGuid().ToString("N")[..8]) });
}
