using System.Diagnostics;
using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure.Demo;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Npgsql;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>
/// The registry import on PostgreSQL against psql's bare \copy of the same file, each repeated and reported as the
/// median, plus a re-import (the update path) and one SQLite import for comparison.
/// </summary>
internal static class RegistryImportScenario
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    public static async Task RunAsync(RegistryImportOptions options)
    {
        var csvPath = Path.Combine(Path.GetTempPath(), $"ke-registry-{options.Rows}.csv");
        try
        {
            await MeasureAsync(options, csvPath);
        }
        finally
        {
            File.Delete(csvPath);
        }
    }

    private static async Task MeasureAsync(RegistryImportOptions options, string csvPath)
    {
        Console.WriteLine($"Registry import: {options.Rows:N0} rows, {options.Repeat} runs each, {Environment.ProcessorCount} cores");
        WriteRegistry(csvPath, options.Rows);
        var server = PostgresServer.Instance;

        var baseline = new List<TimeSpan>();
        var bareDatabase = CreateDatabase(server, "bare");
        for (var run = 0; run < options.Repeat; run++)
        {
            baseline.Add(await BareCopy.RunAsync(server, bareDatabase, csvPath));
        }

        await DropAsync(server, bareDatabase);

        var imports = new List<RegistryImportReport>();
        var reimports = new List<RegistryImportReport>();
        long peak = 0;
        for (var run = 0; run < options.Repeat; run++)
        {
            var database = CreateDatabase(server, "registry");
            await using (var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, server.ConnectionString(database)))
            {
                using var memory = new PeakWorkingSet();
                imports.Add(await app.ImportAsync(csvPath));
                Console.WriteLine($"  import: {Describe(imports[^1])}");
                reimports.Add(await app.ImportAsync(csvPath));
                Console.WriteLine($"  re-import: {Describe(reimports[^1])}");
                peak = Math.Max(peak, memory.Bytes);
            }

            await DropAsync(server, database);
        }

        var sqlite = options.Sqlite ? await SqliteOnceAsync(csvPath) : null;
        Summarise(options, Median(baseline), imports, reimports, peak, sqlite);
    }

    private static void WriteRegistry(string path, int rows)
    {
        var clock = Stopwatch.StartNew();
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            SyntheticRegistry.Write(writer, rows, today: Today);
        }

        Console.WriteLine($"  wrote {path} ({new FileInfo(path).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<RegistryImportReport> SqliteOnceAsync(string csvPath)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ke-bench-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Sqlite, $"Data Source={file}");
            var report = await app.ImportAsync(csvPath);
            Console.WriteLine($"  SQLite import: {Describe(report)}");
            return report;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    private static void Summarise(
        RegistryImportOptions options, TimeSpan baseline, List<RegistryImportReport> imports, List<RegistryImportReport> reimports, long peak, RegistryImportReport? sqlite)
    {
        var total = Median(imports.Select(r => r.Stages["total"]));
        var ratio = baseline / total;
        Console.WriteLine();
        Console.WriteLine($"Medians of {options.Repeat} runs, {options.Rows:N0} rows:");
        Console.WriteLine($"  bare \\copy (baseline)              {baseline.TotalSeconds,7:F2} s");
        foreach (var stage in imports[0].Stages.Keys)
        {
            Console.WriteLine($"  import: {stage,-27}{Median(imports.Select(r => r.Stages[stage])).TotalSeconds,7:F2} s");
        }

        foreach (var stage in reimports[0].Stages.Keys)
        {
            Console.WriteLine($"  re-import: {stage,-24}{Median(reimports.Select(r => r.Stages[stage])).TotalSeconds,7:F2} s");
        }

        Console.WriteLine($"  rate ratio baseline / import      {ratio,7:F2}x  (target >= 0.25x: {(ratio >= 0.25 ? "met" : "NOT met")})");
        Console.WriteLine($"  peak working set during imports   {peak / 1e6,7:F0} MB");
        if (sqlite is not null)
        {
            Console.WriteLine($"  SQLite import (one run) total     {sqlite.Stages["total"].TotalSeconds,7:F2} s");
        }
    }

    private static string Describe(RegistryImportReport report) =>
        $"{report.RowsImported:N0} rows; " + string.Join(", ", report.Stages.Select(s => $"{s.Key} {s.Value.TotalSeconds:F2} s"));

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string CreateDatabase(PostgresServer server, string prefix) =>
        new NpgsqlConnectionStringBuilder(server.CreateDatabase(prefix)).Database!;

    private static async Task DropAsync(PostgresServer server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
