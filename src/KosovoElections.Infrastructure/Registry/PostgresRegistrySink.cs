using System.Globalization;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// Binary COPY into a temporary staging table, then one set-based merge into the indexed registry (see
/// <see cref="PostgresRegistryMerge"/>), all in one transaction: the registry changes all at once or not at all.
/// </summary>
internal sealed class PostgresRegistrySink(ElectionsDbContext db) : IRegistrySink
{
    // Indexed by the enums' values, which are 0, 1, 2… in declaration order.
    private static readonly string[] SexNames = Enum.GetNames<Sex>();
    private static readonly string[] StatusNames = Enum.GetNames<RegistryStatus>();

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private NpgsqlCopyTextWriter? _copy;
    private long _ordinal;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await _connection.OpenAsync(cancellationToken);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await PostgresRegistryMerge.CreateStagingAsync(_connection, _transaction, cancellationToken);
        _copy = (NpgsqlCopyTextWriter)await _connection.BeginTextImportAsync(PostgresRegistryMerge.CopyToStaging, cancellationToken);
    }

    /// <summary>
    /// Text COPY written by hand: validated fields hold no tab, line end or other control character, so only the
    /// backslash needs escaping, and formatting text is far cheaper here than Npgsql's per-field binary writes.
    /// </summary>
    public void Add(IReadOnlyList<CivilRegistryEntry> batch)
    {
        var copy = _copy!;
        Span<char> date = stackalloc char[10];
        for (var i = 0; i < batch.Count; i++)
        {
            var entry = batch[i];
            copy.Write(++_ordinal);
            copy.Write('\t');
            copy.Write(entry.PersonalNumber);
            copy.Write('\t');
            WriteText(copy, entry.FirstName);
            copy.Write('\t');
            WriteText(copy, entry.LastName);
            copy.Write('\t');
            if (entry.FatherName is null)
            {
                copy.Write("\\N");
            }
            else
            {
                WriteText(copy, entry.FatherName);
            }

            copy.Write('\t');
            entry.DateOfBirth.TryFormat(date, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            copy.Write(date);
            copy.Write('\t');
            copy.Write(SexNames[(int)entry.Sex]);
            copy.Write('\t');
            copy.Write(entry.MunicipalityId);
            copy.Write('\t');
            copy.Write(StatusNames[(int)entry.Status]);
            copy.Write('\n');
        }
    }

    public async Task CompleteAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken)
    {
        // Disposing the writer ends the COPY and waits for the server to take the last rows.
        await _copy!.DisposeAsync();
        _copy = null;
        await new PostgresRegistryMerge(_connection!, _transaction!).RunAsync(stages, cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            // An import that failed part-way: cancel the COPY rather than commit half a file to the staging table.
            await _copy.CancelAsync();
            await _copy.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await db.DisposeAsync();
    }

    private static void WriteText(TextWriter copy, string text)
    {
        if (text.Contains('\\', StringComparison.Ordinal))
        {
            text = text.Replace("\\", "\\\\", StringComparison.Ordinal);
        }

        copy.Write(text);
    }
}
