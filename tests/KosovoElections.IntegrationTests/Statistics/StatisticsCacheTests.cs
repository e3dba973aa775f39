using System.Text.Json;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Statistics;

/// <summary>The public figures are counted at most once a minute (issue 14): a new application shows only when the minute has passed.</summary>
public abstract class StatisticsCacheTests(StatisticsHost fixture)
{
    [Fact]
    public async Task Figures_NewApplicationWithinTheMinute_CountedOnlyOnceTheMinuteHasPassed()
    {
        using var visitor = new BrowserSession(fixture.Host.BaseUrl);
        Assert.Equal(15, await TotalAsync(visitor));
        var counted = fixture.Clock.UtcNow;

        await fixture.Host.AddVotersAsync([new SeededVoter("5800000099", "Late", "Comer", StatisticsHost.Leposaviq, "DE", ReturnMethod.PostalAbroad, counted)]);
        Assert.Equal(15, await TotalAsync(visitor));
        fixture.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(15, await TotalAsync(visitor));
        Assert.Contains("Figures as of 09:00, Kosovo time", await visitor.GetPageAsync("/statistics?culture=en"), StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(16, await TotalAsync(visitor));
        Assert.Contains("Figures as of 09:01, Kosovo time", await visitor.GetPageAsync("/statistics?culture=en"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"statistics-total\" data-shown=\"Exact\">16<", await visitor.GetPageAsync("/statistics"), StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(BrowserSession visitor)
    {
        using var json = JsonDocument.Parse(await visitor.GetPageAsync("/statistics.json"));
        return json.RootElement.GetProperty("tables").GetProperty("total")[0].GetProperty("count").GetInt32();
    }
}

public sealed class SqliteStatisticsCacheHost() : StatisticsHost(DatabaseProvider.Sqlite, "statistics-cache");

public sealed class PostgresStatisticsCacheHost() : StatisticsHost(DatabaseProvider.Postgres, "statistics-cache");

public sealed class StatisticsCacheTestsOnSqlite(SqliteStatisticsCacheHost fixture) : StatisticsCacheTests(fixture), IClassFixture<SqliteStatisticsCacheHost>;

public sealed class StatisticsCacheTestsOnPostgres(PostgresStatisticsCacheHost fixture) : StatisticsCacheTests(fixture), IClassFixture<PostgresStatisticsCacheHost>;
