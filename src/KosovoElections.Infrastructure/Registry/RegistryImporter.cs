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
    public async Task<RegistryImportReport> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var stages = new Dictionary<string, TimeSpan>();
        var rejected = new List<RejectedRow>();
        long read = 0, imported = 0, rejectedCount = 0;

        using var reader = new RegistryCsvReader(csv);
        var headerProblem = await reader.ReadHeaderAsync();
        if (headerProblem is not null)
        {
            return new RegistryImportReport(0, 0, [new RejectedRow(1, headerProblem)], 1, stages);
        }

        await using var sink = await OpenSinkAsync(cancellationToken);
        await sink.BeginAsync(cancellationToken);
        while (await reader.ReadAsync() is { } next)
        {
            read++;
            if (next.Row.Entry is { } entry)
            {
                await sink.AddAsync(entry, cancellationToken);
                imported++;
            }
            else
            {
                rejectedCount++;
                if (rejected.Count < RegistryImportReport.MaxListedRejections)
                {
                    rejected.Add(new RejectedRow(next.Line, next.Row.Problem!));
                }
            }
        }

        stages["read, validate and load"] = total.Elapsed;
        var merge = Stopwatch.StartNew();
        await sink.CompleteAsync(stages, cancellationToken);
        stages["merge"] = merge.Elapsed;
        stages["total"] = total.Elapsed;
        logger.LogInformation(
            "Registry import: {Read} rows read, {Imported} imported, {Rejected} rejected in {Elapsed} ms",
            read, imported, rejectedCount, total.ElapsedMilliseconds);
        return new RegistryImportReport(read, imported, rejected, rejectedCount, stages);
    }

    private async Task<IRegistrySink> OpenSinkAsync(CancellationToken cancellationToken)
    {
        var db = await factory.CreateAsync(cancellationToken);
        return factory.Provider == DatabaseProvider.Postgres ? new PostgresRegistrySink(db) : new SqliteRegistrySink(db);
    }
}
