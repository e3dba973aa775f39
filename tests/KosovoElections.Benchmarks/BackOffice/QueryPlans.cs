using Npgsql;

namespace KosovoElections.Benchmarks.BackOffice;

/// <summary>
/// EXPLAIN ANALYZE of the statements behind the queue and "Review next", written as EF Core writes them, so a missed
/// target can be traced to its plan; printed with the figures.
/// </summary>
internal static class QueryPlans
{
    private const string Sent = "a.\"Status\" <> 'Draft' AND a.\"SubmittedAt\" IS NOT NULL";

    private static readonly (string Name, string Sql)[] Statements =
    [
        ("queue counts, no filter", $"SELECT a.\"Status\", count(*)::int FROM applications AS a WHERE {Sent} GROUP BY a.\"Status\""),
        ("queue counts, DE + postal abroad", $"SELECT a.\"Status\", count(*)::int FROM applications AS a WHERE {Sent} AND a.address_country = 'DE' AND a.\"ReturnMethod\" = 'PostalAbroad' GROUP BY a.\"Status\""),
        ("queue page of one status", $"SELECT a.\"SubmittedAt\", a.\"Id\" FROM applications AS a WHERE {Sent} AND a.\"Status\" = 'Submitted' ORDER BY a.\"SubmittedAt\", a.\"Id\" LIMIT 50"),
        ("queue page, DE + postal abroad", $"SELECT a.\"Id\" FROM applications AS a WHERE {Sent} AND a.address_country = 'DE' AND a.\"ReturnMethod\" = 'PostalAbroad' AND a.\"Status\" = 'Submitted' ORDER BY a.\"SubmittedAt\", a.\"Id\" LIMIT 50"),
        ("review next: oldest lapsed lease", "SELECT a.\"Id\" FROM applications AS a WHERE a.\"Status\" = 'InReview' AND (a.\"Status\" = 'Submitted' OR (a.\"Status\" = 'InReview' AND (a.\"ClaimedUntil\" IS NULL OR a.\"ClaimedUntil\" <= now()))) ORDER BY a.\"SubmittedAt\" LIMIT 1"),
    ];

    public static async Task PrintAsync(NpgsqlDataSource dataSource)
    {
        foreach (var (name, sql) in Statements)
        {
            Console.WriteLine($"  EXPLAIN ANALYZE {name}:");
            await using var command = dataSource.CreateCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"    {reader.GetString(0)}");
            }
        }
    }
}
