using KosovoElections.Application.Common;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Registry;

/// <summary>Imports a registry CSV stream (SPEC §8) in constant memory; good rows import even when others are bad.</summary>
public interface IRegistryImporter
{
    /// <param name="progress">Counts the rows read as the import goes, for a page to show; null when nobody watches.</param>
    Task<RegistryImportReport> ImportAsync(Stream csv, RegistryImportProgress? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>What an import did; bad rows are listed by their line number in the file (the header is line 1).</summary>
public sealed record RegistryImportReport(long RowsRead, long RowsImported, IReadOnlyList<RejectedRow> Rejected, long RejectedCount, IReadOnlyDictionary<string, TimeSpan> Stages)
{
    /// <summary>At most this many rejected rows are kept in the report; the count is always exact.</summary>
    public const int MaxListedRejections = 1000;
}

/// <summary>A refused line: why, and the value at fault where the text quotes one.</summary>
public sealed record RejectedRow(long Line, RegistryRowProblem Problem, string? Detail = null)
{
    /// <summary>The text for people: the problem's text, with the detail (or nothing) as its one argument.</summary>
    public TextMessage Reason => new(TextKey.For(Problem), Detail ?? string.Empty);
}

/// <summary>The rows an import has read so far; written by the import's reading thread, read by anyone.</summary>
public sealed class RegistryImportProgress
{
    private long _rowsRead;

    public long RowsRead => Interlocked.Read(ref _rowsRead);

    public void Read(long rows) => Interlocked.Exchange(ref _rowsRead, rows);
}
