using System.Data.Common;
using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>The civil registry does not answer (T-AUTH-07): the sign-in fails closed, says so plainly and opens no session.</summary>
public sealed class RegistryDownTests
{
    [Fact]
    public async Task SignIn_RegistryUnavailable_FailsClosedWithAGenericMessage()
    {
        var registryDown = new RegistryDown();
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "registry_down"),
            new TestClock(SignInSeed.Opens.AddDays(1)),
            services: s => s.AddSingleton<IInterceptor>(registryDown));
        await SignInSeed.SeedAsync(host);
        registryDown.IsDown = true;

        using var browser = new BrowserSession(host.BaseUrl);
        var born = SignInSeed.AdultBorn;
        var response = await browser.SignInAsync(SignInSeed.Adult, born, "/apply/sign-in?culture=en");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The service is not available right now", page);
        Assert.DoesNotContain("SqliteException", page);
        Assert.DoesNotContain("ke-applicant", browser.CookieHeader);
    }

    /// <summary>Makes every query of the registry table fail as a dead database connection would.</summary>
    private sealed class RegistryDown : DbCommandInterceptor
    {
        public bool IsDown { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            IsDown && command.CommandText.Contains("registry_entries", StringComparison.Ordinal)
                ? throw new SqliteException("disk I/O error", 10)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
