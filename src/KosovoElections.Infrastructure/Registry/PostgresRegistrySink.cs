using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// Binary COPY into a temporary staging table, then one set-based merge into the indexed registry, all in one
/// transaction. Unchanged people are not rewritten; a file that names a person twice keeps the later row.
/// </summary>
internal sealed class PostgresRegistrySink(ElectionsDbContext db) : IRegistrySink
{
    private const string Staging = "registry_staging";

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private NpgsqlBinaryImporter? _copy;
    private long _ordinal;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await _connection.OpenAsync(cancellationToken);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(
            $"CREATE TEMP TABLE {Staging} (ordinal bigint NOT NULL, personal_number text NOT NULL, first_name text NOT NULL, " +
            "last_name text NOT NULL, father_name text, date_of_birth date NOT NULL, sex text NOT NULL, municipality_id int NOT NULL, " +
            "status text NOT NULL) ON COMMIT DROP",
            cancellationToken);
        _copy = await _connection.BeginBinaryImportAsync($"COPY {Staging} (ordinal, {RegistryColumns.List}) FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    public async ValueTask AddAsync(CivilRegistryEntry entry, CancellationToken cancellationToken)
    {
        var copy = _copy!;
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(++_ordinal, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(entry.PersonalNumber, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(entry.FirstName, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(entry.LastName, NpgsqlDbType.Text, cancellationToken);
        if (entry.FatherName is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(entry.FatherName, NpgsqlDbType.Text, cancellationToken);
        }

        await copy.WriteAsync(entry.DateOfBirth, NpgsqlDbType.Date, cancellationToken);
        await copy.WriteAsync(entry.Sex.ToString(), NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(entry.MunicipalityId, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(entry.Status.ToString(), NpgsqlDbType.Text, cancellationToken);
    }

    public async Task CompleteAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken)
    {
        await _copy!.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        _copy = null;
        await ExecuteAsync("SET LOCAL work_mem = '256MB'", cancellationToken);
        await _transaction!.SaveAsync("merge", cancellationToken);
        try
        {
            await ExecuteAsync(Merge(distinct: false), cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CardinalityViolation)
        {
            // The file names someone twice: keep the later row. Rare, so the common case skips the sort.
            await _transaction.RollbackAsync("merge", cancellationToken);
            await ExecuteAsync(Merge(distinct: true), cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await db.DisposeAsync();
    }

    private static string Merge(bool distinct)
    {
        var source = distinct
            ? $"SELECT DISTINCT ON (personal_number) {RegistryColumns.List} FROM {Staging} ORDER BY personal_number, ordinal DESC"
            : $"SELECT {RegistryColumns.List} FROM {Staging}";
        return $"INSERT INTO {RegistryColumns.Table} AS r ({RegistryColumns.List}) {source} " +
            $"ON CONFLICT (personal_number) DO UPDATE SET {RegistryColumns.UpdateFromExcluded} " +
            "WHERE (r.first_name, r.last_name, r.father_name, r.date_of_birth, r.sex, r.municipality_id, r.status) IS DISTINCT FROM " +
            "(excluded.first_name, excluded.last_name, excluded.father_name, excluded.date_of_birth, excluded.sex, excluded.municipality_id, excluded.status)";
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
