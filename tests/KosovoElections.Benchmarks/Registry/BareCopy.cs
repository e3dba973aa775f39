using System.Diagnostics;
using KosovoElections.IntegrationTests.Fixtures;
using Npgsql;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>
/// The baseline: psql's \copy of the same CSV into an unindexed table of eight text columns, i.e. the fastest the
/// server can take the file, with no validation, no types and no index.
/// </summary>
internal static class BareCopy
{
    private const string Table = "bare_registry";

    public static async Task<TimeSpan> RunAsync(PostgresServer server, string database, string csvPath)
    {
        await using (var connection = new NpgsqlConnection(server.ConnectionString(database)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"DROP TABLE IF EXISTS {Table}; CREATE TABLE {Table} (personal_number text, first_name text, last_name text, " +
                "father_name text, date_of_birth text, sex text, municipality text, status text)",
                connection);
            await command.ExecuteNonQueryAsync();
        }

        var start = new ProcessStartInfo(
            "psql",
            ["-h", "127.0.0.1", "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", database,
                "-v", "ON_ERROR_STOP=1", "-c", $"\\copy {Table} FROM '{csvPath}' WITH (FORMAT csv, HEADER true)"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var psql = Process.Start(start) ?? throw new InvalidOperationException("psql did not start");
        var output = await psql.StandardOutput.ReadToEndAsync();
        var error = await psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        if (psql.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql \\copy failed: {error}");
        }

        Console.WriteLine($"  bare \\copy: {output.Trim()} in {elapsed.TotalSeconds:F2} s");
        return elapsed;
    }
}
