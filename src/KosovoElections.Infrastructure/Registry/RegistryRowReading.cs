using System.Threading.Channels;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// The reading half of an import, run on its own thread: parses and validates rows and hands good ones on in batches
/// through a bounded channel, so that parsing and the database load overlap while memory stays constant.
/// </summary>
internal sealed class RegistryRowReading(IRegistryRecordReader reader, RegistryImportProgress? progress = null)
{
    private const int BatchSize = 4096;

    private readonly List<RejectedRow> _rejected = [];

    public long RowsRead { get; private set; }

    public long RowsImported { get; private set; }

    public long RejectedCount { get; private set; }

    public IReadOnlyList<RejectedRow> Rejected => _rejected;

    public static Channel<List<CivilRegistryEntry>> CreateChannel() =>
        Channel.CreateBounded<List<CivilRegistryEntry>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });

    public async Task ReadAsync(ChannelWriter<List<CivilRegistryEntry>> batches, CancellationToken cancellationToken)
    {
        try
        {
            var names = new NamePool();
            var batch = new List<CivilRegistryEntry>(BatchSize);
            while (await reader.ReadAsync(cancellationToken))
            {
                RowsRead++;
                progress?.Read(RowsRead);
                var row = reader.Problem is { } problem ? RowResult.Bad(problem) : RegistryRow.Parse(reader.Fields, names);
                if (row.Entry is { } entry)
                {
                    batch.Add(entry);
                    RowsImported++;
                    if (batch.Count == BatchSize)
                    {
                        await batches.WriteAsync(batch, cancellationToken);
                        batch = new List<CivilRegistryEntry>(BatchSize);
                    }
                }
                else
                {
                    Reject(reader.Line, row.Problem!.Value, row.Detail);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, cancellationToken);
            }

            batches.Complete();
        }
        catch (Exception e)
        {
            batches.TryComplete(e);
            throw;
        }
    }

    private void Reject(long line, RegistryRowProblem problem, string? detail)
    {
        RejectedCount++;
        if (_rejected.Count < RegistryImportReport.MaxListedRejections)
        {
            _rejected.Add(new RejectedRow(line, problem, detail));
        }
    }
}
