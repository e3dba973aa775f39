using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Exports;
using KosovoElections.IntegrationTests.Fixtures;
using static KosovoElections.IntegrationTests.Statistics.StatisticsHost;

namespace KosovoElections.IntegrationTests.Statistics;

/// <summary>The public statistics page and its CSV and JSON files over HTTP, without signing in (issue 14, decision 0015).</summary>
public abstract partial class StatisticsTests(StatisticsHost fixture) : IDisposable
{
    private readonly BrowserSession _visitor = new(fixture.Host.BaseUrl);

    public void Dispose()
    {
        _visitor.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Page_SeededApplications_ShowsTheirCountsWithSmallOnesProtected()
    {
        var page = await _visitor.GetPageAsync("/statistics?culture=en");

        Assert.Contains("data-testid=\"statistics-total\" data-shown=\"Exact\">15<", page, StringComparison.Ordinal);
        Assert.Contains("Figures as of 09:00, Kosovo time", page, StringComparison.Ordinal);
        Assert.Equal(
            ["Submitted Withheld withheld", "InReview Exact 0", "CorrectionRequested Exact 0", "Approved Exact 6", "Rejected FewerThanFive fewer than 5", "Withdrawn Exact 0"],
            Rows(page, "statistics-by-status"));
        Assert.Equal(["DE Exact 8", "CH Withheld withheld", "AT FewerThanFive fewer than 5"], Rows(page, "statistics-by-country"));
        var municipalities = Rows(page, "statistics-by-municipality");
        Assert.Equal(38, municipalities.Count);
        Assert.Contains($"{Leposaviq} Exact 10", municipalities);
        Assert.Contains($"{NovoBerde} FewerThanFive fewer than 5", municipalities);
        Assert.Contains($"{Podujeve} FewerThanFive fewer than 5", municipalities);
        Assert.Equal(35, municipalities.Count(m => m.EndsWith(" Exact 0", StringComparison.Ordinal)));

        // Sent at 23:30 UTC on 2 February is 3 February in Kosovo; the rejections' count is hidden, so their days are too.
        Assert.Equal(
            ["2027-02-02 Exact 10 Exact 0 Withheld withheld", "2027-02-03 Exact 5 Exact 0 Withheld withheld", "2027-02-05 Exact 0 Exact 6 Withheld withheld"],
            DayRows(page));
    }

    [Fact]
    public async Task Csv_SeededApplications_SameProtectedCountsWithAByteOrderMark()
    {
        var response = await _visitor.GetAsync("/statistics.csv?culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await CsvRows.ReadAsync(response)).Select(r => string.Join('|', r)).ToList();
        Assert.Equal("section|key|name|count|note", rows[0]);
        Assert.Contains("election||Elections 2027||", rows);
        Assert.Contains("as-of||2027-02-11T08:00:00Z||", rows);
        Assert.Contains("total||Applications submitted|15|", rows);
        Assert.Contains("status|Approved|Approved|6|", rows);
        Assert.Contains("status|Rejected|Rejected||fewer-than-5", rows);
        Assert.Contains("status|Submitted|Submitted||withheld", rows);
        Assert.Contains("submitted-by-day|2027-02-03|2027-02-03|5|", rows);
        Assert.Contains("approved-by-day|2027-02-05|2027-02-05|6|", rows);
        Assert.Contains("rejected-by-day||||withheld", rows);
        Assert.Contains("country|DE|Germany|8|", rows);
        Assert.Contains("country|CH|Switzerland||withheld", rows);
        Assert.Contains("country|AT|Austria||fewer-than-5", rows);
        Assert.Contains($"municipality|{Leposaviq}|Leposaviq|10|", rows);
        Assert.Contains($"municipality|{NovoBerde}|Novobërdë||fewer-than-5", rows);
        Assert.DoesNotContain(rows, r => Regex.IsMatch(r, @"\|[1-4]\|$"));
    }

    [Fact]
    public async Task Json_SeededApplications_SameProtectedCounts()
    {
        using var json = JsonDocument.Parse(await _visitor.GetPageAsync("/statistics.json?culture=sr-Latn"));

        var root = json.RootElement;
        Assert.Equal(StatisticsHost.SerbianName, root.GetProperty("election").GetString());
        Assert.Equal("2027-02-11T08:00:00Z", root.GetProperty("asOf").GetString());
        Assert.Equal(5, root.GetProperty("smallestCountShown").GetInt32());
        var tables = root.GetProperty("tables");
        Assert.Equal(15, tables.GetProperty("total")[0].GetProperty("count").GetInt32());
        Assert.Equal(["DE Nemačka 8 ", "CH Švajcarska  withheld", "AT Austrija  fewer-than-5"], Lines(tables.GetProperty("country")));
        var municipality = Lines(tables.GetProperty("municipality"));
        Assert.Contains($"{Leposaviq} Leposavić 10 ", municipality);
        Assert.Contains($"{Podujeve} Podujevo  fewer-than-5", municipality);
        var rejected = tables.GetProperty("status").EnumerateArray().Single(l => l.GetProperty("key").GetString() == "Rejected");
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("count").ValueKind);
        Assert.Equal("fewer-than-5", rejected.GetProperty("note").GetString());
        Assert.Equal(["   withheld"], Lines(tables.GetProperty("rejected-by-day")));
    }

    [Theory]
    [InlineData("/statistics?culture=sq")]
    [InlineData("/statistics?culture=sr-Latn")]
    [InlineData("/statistics?culture=en")]
    [InlineData("/statistics.csv")]
    [InlineData("/statistics.json")]
    public async Task PageAndFiles_SeededApplicants_HoldNoPersonalData(string url)
    {
        var response = await _visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();

        foreach (var (voter, application) in fixture.Voters.Zip(fixture.Applications))
        {
            string?[] personal = [voter.PersonalNumber, voter.FirstName, voter.LastName, voter.Email, voter.Street, application.ReferenceNumber, application.ReceiptCode, "+4917612345678"];
            foreach (var value in personal.OfType<string>())
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("sq", "Statistikat e regjistrimit", "Zgjedhjet 2027", "më pak se 5", "nuk publikohet", "Leposaviq", "Gjermani", "Shifrat deri në orën 09:00")]
    [InlineData("sr-Latn", "Statistika registracije", StatisticsHost.SerbianName, "manje od 5", "nije objavljeno", "Leposavić", "Nemačka", "Podaci u 09:00 po kosovskom vremenu")]
    [InlineData("en", "Registration statistics", StatisticsHost.EnglishName, "fewer than 5", "withheld", "Leposaviq", "Germany", "Figures as of 09:00, Kosovo time")]
    public async Task Page_EachLanguage_SpeaksItWithOfficialNames(string culture, params string[] expected)
    {
        var page = WebUtility.HtmlDecode(await _visitor.GetPageAsync($"/statistics?culture={culture}"));

        Assert.All(expected, text => Assert.Contains(text, page, StringComparison.Ordinal));
        Assert.Contains($"<title>{expected[0]} – ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_Footer_LinksToTheStatistics() =>
        Assert.Contains("href=\"/statistics\" data-testid=\"footer-statistics\"", await _visitor.GetPageAsync("/"), StringComparison.Ordinal);

    /// <summary>Each row of a table on the page as "key shown text".</summary>
    private static List<string> Rows(string page, string testId)
    {
        var table = TableOf(page, testId);
        return [.. RowPattern().Matches(table).Select(m => $"{m.Groups["key"].Value} {m.Groups["shown"].Value} {WebUtility.HtmlDecode(m.Groups["text"].Value)}")];
    }

    /// <summary>Each day of the daily table as "day shown count shown count shown count".</summary>
    private static List<string> DayRows(string page) =>
        [.. Regex.Split(TableOf(page, "statistics-by-day"), "<tr ").Skip(1).Select(row =>
            Regex.Match(row, "data-key=\"([^\"]+)\"").Groups[1].Value + string.Concat(CellPattern().Matches(row).Select(c => $" {c.Groups["shown"].Value} {WebUtility.HtmlDecode(c.Groups["text"].Value)}")))];

    private static string TableOf(string page, string testId)
    {
        var start = page.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table {testId} on the page.");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> Lines(JsonElement table) =>
        [.. table.EnumerateArray().Select(l => $"{l.GetProperty("key").GetString()} {l.GetProperty("name").GetString()} {(l.GetProperty("count").ValueKind == JsonValueKind.Null ? string.Empty : l.GetProperty("count").GetInt32())} {l.GetProperty("note").GetString()}")];

    [GeneratedRegex("<tr data-key=\"(?<key>[^\"]*)\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td class=\"statistics-table__count\" data-shown=\"(?<shown>\\w+)\">(?<text>[^<]*)</td>")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"statistics-table__count\" data-shown=\"(?<shown>\\w+)\">(?<text>[^<]*)</td>")]
    private static partial Regex CellPattern();
}

public sealed class SqliteStatisticsHost() : StatisticsHost(DatabaseProvider.Sqlite, "statistics");

public sealed class PostgresStatisticsHost() : StatisticsHost(DatabaseProvider.Postgres, "statistics");

public sealed class StatisticsTestsOnSqlite(SqliteStatisticsHost fixture) : StatisticsTests(fixture), IClassFixture<SqliteStatisticsHost>;

public sealed class StatisticsTestsOnPostgres(PostgresStatisticsHost fixture) : StatisticsTests(fixture), IClassFixture<PostgresStatisticsHost>;
