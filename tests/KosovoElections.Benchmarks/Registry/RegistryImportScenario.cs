using KosovoElections.Application.Registry;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

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
        Console.WriteLine($"Registry import: {options.Rows:N0} rows, {options.Repeat} runs each, {Environment.ProcessorCount} cores");
        using var registry = SyntheticRegistryFile.Write(options.Rows, Today);
        var csvPath = registry.Path;
        var server = PostgresServer.Instance;

        var baseline = new List<TimeSpan>();
        var bareDatabase = ScratchDatabase.Create(server, "bare");
        for (var run = 0; run < options.Repeat; run++)
        {
            baseline.Add(await BareCopy.RunAsync(server, bareDatabase, csvPath));
        }

        await ScratchDatabase.DropAsync(server, bareDatabase);

        var imports = new List<RegistryImportReport>();
        var reimports = new List<RegistryImportReport>();
        long peak = 0;
        for (var run = 0; run < options.Repeat; run++)
        {
            var database = ScratchDatabase.Create(server, "registry");
            await using (var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, server.ConnectionString(database)))
            {
                using var memory = new PeakWorkingSet();
                imports.Add(await app.ImportAsync(csvPath));
                Console.WriteLine($"  import: {Describe(imports[^1])}");
                reimports.Add(await app.ImportAsync(csvPath));
                Console.WriteLine($"  re-import: {Describe(reimports[^1])}");
                peak = Math.Max(peak, memory.Bytes);
            }

            await ScratchDatabase.DropAsync(server, database);
        }

        var sqlite = options.Sqlite ? await SqliteOnceAsync(csvPath) : null;
        Summarise(options, Median(baseline), imports, reimports, peak, sqlite);
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
}
