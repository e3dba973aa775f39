using System.Diagnostics;
using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// Imports the civil registry: rows are read, validated and streamed into the provider's sink; bad rows are
/// reported by line number and the good ones still import. Re-importing updates people in place.
/// </summary>
public sealed class RegistryImporter(ElectionsDbFactory factory, ILogger<RegistryImporter> logger) : IRegistryImporter
{
    /// <summary>The CSV parser; the benchmarks swap it to measure another one through the same import.</summary>
    internal Func<Stream, IRegistryRecordReader> OpenReader { get; init; } = csv => new RegistryCsvReader(csv);

    public async Task<RegistryImportReport> ImportAsync(Stream csv, RegistryImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var stages = new Dictionary<string, TimeSpan>();

        using var reader = OpenReader(csv);
        var headerProblem = await reader.ReadHeaderAsync(cancellationToken);
        if (headerProblem is not null)
        {
            return new RegistryImportReport(0, 0, [new RejectedRow(1, headerProblem.Value)], 1, stages);
        }

        await using var sink = await OpenSinkAsync(cancellationToken);
        await sink.BeginAsync(cancellationToken);
        var reading = new RegistryRowReading(reader, progress);
        await LoadAsync(reading, sink, cancellationToken);
        stages["read, validate and load"] = total.Elapsed;
        await sink.CompleteAsync(stages, cancellationToken);
        stages["total"] = total.Elapsed;
        logger.LogInformation(
            "Registry import: {Read} rows read, {Imported} imported, {Rejected} rejected in {Elapsed} ms",
            reading.RowsRead, reading.RowsImported, reading.RejectedCount, total.ElapsedMilliseconds);
        return new RegistryImportReport(reading.RowsRead, reading.RowsImported, reading.Rejected, reading.RejectedCount, stages);
    }

    /// <summary>Reads on one thread while this one loads the batches, so parsing and the database work overlap.</summary>
    private static async Task LoadAsync(RegistryRowReading reading, IRegistrySink sink, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = RegistryRowReading.CreateChannel();
        var reader = Task.Run(() => reading.ReadAsync(batches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                sink.Add(batch);
            }

            await reader;
        }
        catch (Exception)
        {
            // The load failed: stop the reader and wait for it, so that it never outlives the stream it reads.
            await stop.CancelAsync();
            await Task.WhenAny(reader);
            throw;
        }
    }

    private async Task<IRegistrySink> OpenSinkAsync(CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken);
        return factory.Provider == DatabaseProvider.Postgres ? new PostgresRegistrySink(db) : new SqliteRegistrySink(db);
    }
}
