namespace KosovoElections.Application.Registry;

/// <summary>Imports a registry CSV stream (SPEC §8) in constant memory; good rows import even when others are bad.</summary>
public interface IRegistryImporter
{
    Task<RegistryImportReport> ImportAsync(Stream csv, CancellationToken cancellationToken = default);
}

/// <summary>What an import did; bad rows are listed by their line number in the file (the header is line 1).</summary>
public sealed record RegistryImportReport(long RowsRead, long RowsImported, IReadOnlyList<RejectedRow> Rejected, long RejectedCount, IReadOnlyDictionary<string, TimeSpan> Stages)
{
    /// <summary>At most this many rejected rows are kept in the report; the count is always exact.</summary>
    public const int MaxListedRejections = 1000;
}

public sealed record RejectedRow(long Line, string Problem);
