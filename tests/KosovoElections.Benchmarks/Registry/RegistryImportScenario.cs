using System.Diagnostics;
using KosovoElections.Application.Registry;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>
/// The registry import on PostgreSQL against psql's bare \copy of the same file, each repeated and reported as the
/// median, plus a re-import (the update path) and one SQLite import for comparison. Every read-only pass, import and
/// re-import runs once with each CSV parser (<see cref="CsvReaderComparison.Readers"/>), alternating which goes first,
/// after one untimed read-only pass with each.
/// </summary>
internal static class RegistryImportScenario
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    public static async Task RunAsync(RegistryImportOptions options)
    {
        var machine = MachineLoad.Now();
        Console.WriteLine($"Registry import: {options.Rows:N0} rows, {options.Repeat} runs each, {Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");
        Console.WriteLine("  the two CSV parsers on awkward files:");
        CsvReaderComparison.CheckAgreement();
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

        var readers = CsvReaderComparison.Readers;
        var readOnly = readers.Select(_ => new List<(TimeSpan Wall, TimeSpan Cpu)>()).ToArray();
        foreach (var (_, open) in readers)
        {
            await CsvReaderComparison.ReadOnlyAsync(csvPath, open, options.Rows); // warm-up: JIT and tiering, page cache
        }

        for (var run = 0; run < options.ReadOnlyRepeat; run++)
        {
            foreach (var r in Order(run, readers.Length))
            {
                readOnly[r].Add(await CsvReaderComparison.ReadOnlyAsync(csvPath, readers[r].Open, options.Rows));
                Console.WriteLine($"  read and validate only, {readers[r].Name}: {readOnly[r][^1].Wall.TotalSeconds:F2} s, CPU {readOnly[r][^1].Cpu.TotalSeconds:F2} s");
            }
        }

        var imports = readers.Select(_ => new List<RegistryImportReport>()).ToArray();
        var reimports = readers.Select(_ => new List<RegistryImportReport>()).ToArray();
        var importCpu = readers.Select(_ => new List<TimeSpan>()).ToArray();
        var reimportCpu = readers.Select(_ => new List<TimeSpan>()).ToArray();
        var peak = new long[readers.Length];
        for (var run = 0; run < options.Repeat; run++)
        {
            foreach (var r in Order(run, readers.Length))
            {
                var database = ScratchDatabase.Create(server, "registry");
                await using (var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, server.ConnectionString(database)))
                {
                    using var memory = new PeakWorkingSet();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    imports[r].Add(await app.ImportAsync(csvPath, readers[r].Open));
                    importCpu[r].Add(Process.GetCurrentProcess().TotalProcessorTime - cpu);
                    Console.WriteLine($"  import, {readers[r].Name}: {Describe(imports[r][^1])}; this process's CPU {importCpu[r][^1].TotalSeconds:F2} s");
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    reimports[r].Add(await app.ImportAsync(csvPath, readers[r].Open));
                    reimportCpu[r].Add(Process.GetCurrentProcess().TotalProcessorTime - cpu);
                    Console.WriteLine($"  re-import, {readers[r].Name}: {Describe(reimports[r][^1])}; this process's CPU {reimportCpu[r][^1].TotalSeconds:F2} s");
                    peak[r] = Math.Max(peak[r], memory.Bytes);
                }

                await ScratchDatabase.DropAsync(server, database);
            }
        }

        var sqlite = options.Sqlite ? await SqliteOnceAsync(csvPath) : null;
        Console.WriteLine();
        Console.WriteLine($"Medians (min–max) of {options.ReadOnlyRepeat} read-only passes and {options.Repeat} imports, {options.Rows:N0} rows; machine {MachineLoad.Now().BusySince(machine):P0} busy over the run, load average {MachineLoad.Averages()}:");
        Console.WriteLine($"  bare \\copy (baseline)                   {Spread(baseline)}");
        for (var r = 0; r < readers.Length; r++)
        {
            Summarise(readers[r].Name, Median(baseline), readOnly[r], imports[r], reimports[r], peak[r]);
            Console.WriteLine($"  import: this process's CPU                {Spread(importCpu[r])}");
            Console.WriteLine($"  re-import: this process's CPU             {Spread(reimportCpu[r])}");
        }

        Console.WriteLine($"  Sylvan / hand-written (medians): read and validate only {Ratio(readOnly, x => x.Wall):F2}x wall, {Ratio(readOnly, x => x.Cpu):F2}x CPU; " +
            $"import total {Median(imports[1].Select(i => i.Stages["total"])) / Median(imports[0].Select(i => i.Stages["total"])):F2}x; " +
            $"re-import total {Median(reimports[1].Select(i => i.Stages["total"])) / Median(reimports[0].Select(i => i.Stages["total"])):F2}x; " +
            $"this process's CPU: import {Median(importCpu[1]) / Median(importCpu[0]):F2}x, re-import {Median(reimportCpu[1]) / Median(reimportCpu[0]):F2}x");
        if (sqlite is not null)
        {
            Console.WriteLine($"  SQLite import (one run, hand-written) total {sqlite.Stages["total"].TotalSeconds,7:F2} s");
        }
    }

    /// <summary>Alternates which parser goes first, so neither always runs on a warmer or a busier machine.</summary>
    private static IEnumerable<int> Order(int run, int count) =>
        Enumerable.Range(0, count).Select(i => (i + run) % count);

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
        string reader, TimeSpan baseline, List<(TimeSpan Wall, TimeSpan Cpu)> readOnly, List<RegistryImportReport> imports, List<RegistryImportReport> reimports, long peak)
    {
        var total = Median(imports.Select(r => r.Stages["total"]));
        var ratio = baseline / total;
        Console.WriteLine($" {reader}:");
        Console.WriteLine($"  read and validate only, wall              {Spread(readOnly.Select(x => x.Wall))}");
        Console.WriteLine($"  read and validate only, CPU               {Spread(readOnly.Select(x => x.Cpu))}");
        foreach (var stage in imports[0].Stages.Keys)
        {
            Console.WriteLine($"  import: {stage,-32}{Spread(imports.Select(r => r.Stages[stage]))}");
        }

        foreach (var stage in reimports[0].Stages.Keys)
        {
            Console.WriteLine($"  re-import: {stage,-29}{Spread(reimports.Select(r => r.Stages[stage]))}");
        }

        Console.WriteLine($"  rate ratio baseline / import            {ratio,7:F2}x  (target >= 0.25x: {(ratio >= 0.25 ? "met" : "NOT met")})");
        Console.WriteLine($"  peak working set during imports         {peak / 1e6,7:F0} MB");
    }

    private static double Ratio(List<(TimeSpan Wall, TimeSpan Cpu)>[] readOnly, Func<(TimeSpan Wall, TimeSpan Cpu), TimeSpan> pick) =>
        Median(readOnly[1].Select(pick)) / Median(readOnly[0].Select(pick));

    private static string Spread(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return $"{Median(sorted).TotalSeconds,7:F2} s ({sorted[0].TotalSeconds:F2}–{sorted[^1].TotalSeconds:F2})";
    }

    private static string Describe(RegistryImportReport report) =>
        $"{report.RowsImported:N0} rows; " + string.Join(", ", report.Stages.Select(s => $"{s.Key} {s.Value.TotalSeconds:F2} s"));

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
