using System.Diagnostics;
using Npgsql;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// Moves the staged rows into the registry in the sink's transaction. An empty registry (the first import) is
/// loaded as PostgreSQL's guide to populating a database advises: keys and indexes are dropped, the rows inserted,
/// and keys and indexes rebuilt in one pass each, which is several times faster than maintaining them row by row.
/// Otherwise one upsert writes only new and changed people. Either way a file naming someone twice keeps the later row.
/// </summary>
internal sealed class PostgresRegistryMerge(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    public const string CopyToStaging = $"COPY {Staging} (ordinal, {RegistryColumns.List}) FROM STDIN";

    private const string Staging = "registry_staging";
    private const string Table = RegistryColumns.Table;
    private const string Changed =
        "(e.first_name, e.last_name, e.father_name, e.date_of_birth, e.sex, e.municipality_id, e.status) IS DISTINCT FROM " +
        "(s.first_name, s.last_name, s.father_name, s.date_of_birth, s.sex, s.municipality_id, s.status)";

    // The registry's own keys and indexes, and the foreign keys that point at it, as statements that drop them and
    // statements that rebuild them exactly as the migrations made them; ordered so that nothing depends on a missing part.
    private const string KeysAndIndexes =
        $"""
        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
               format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
               CASE WHEN contype <> 'f' THEN 3 WHEN conrelid = '{Table}'::regclass THEN 2 ELSE 1 END,
               CASE WHEN contype <> 'f' THEN 1 WHEN conrelid = '{Table}'::regclass THEN 3 ELSE 4 END
        FROM pg_constraint
        WHERE (conrelid = '{Table}'::regclass AND contype IN ('p', 'u', 'f')) OR (confrelid = '{Table}'::regclass AND contype = 'f')
        UNION ALL
        SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid), 4, 2
        FROM pg_index i
        WHERE indrelid = '{Table}'::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid)
        """;

    public static async Task CreateStagingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        await new PostgresRegistryMerge(connection, transaction).ExecuteAsync(
            $"CREATE TEMP TABLE {Staging} (ordinal bigint NOT NULL, personal_number character(10) NOT NULL, first_name text NOT NULL, " +
            "last_name text NOT NULL, father_name text, date_of_birth date NOT NULL, sex text NOT NULL, municipality_id int NOT NULL, " +
            "status text NOT NULL) ON COMMIT DROP",
            cancellationToken);

    public async Task RunAsync(IDictionary<string, TimeSpan> stages, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // Sorts and index builds of a whole registry fit in memory instead of spilling to disk.
        await ExecuteAsync("SET LOCAL work_mem = '512MB'; SET LOCAL maintenance_work_mem = '512MB'", cancellationToken);
        if (await IsRegistryEmptyAsync(cancellationToken) && await LoadEmptyRegistryAsync(cancellationToken))
        {
            stages["merge (empty registry: insert, then rebuild keys and indexes)"] = clock.Elapsed;
            return;
        }

        await ExecuteAsync(Upsert, cancellationToken);
        stages["merge (upsert of new and changed people)"] = clock.Elapsed;
    }

    /// <summary>Sorted by personal number in byte order (cheaper than the database's collation, and the same order for digits).</summary>
    private static string Upsert =>
        $"INSERT INTO {Table} AS r ({RegistryColumns.List}) " +
        $"SELECT s.{RegistryColumns.List.Replace(", ", ", s.", StringComparison.Ordinal)} FROM " +
        $"(SELECT DISTINCT ON (personal_number COLLATE \"C\") {RegistryColumns.List} FROM {Staging} ORDER BY personal_number COLLATE \"C\", ordinal DESC) s " +
        $"LEFT JOIN {Table} e ON e.personal_number = s.personal_number " +
        $"WHERE e.personal_number IS NULL OR {Changed} " +
        $"ON CONFLICT (personal_number) DO UPDATE SET {RegistryColumns.UpdateFromExcluded}";

    private async Task<bool> IsRegistryEmptyAsync(CancellationToken cancellationToken)
    {
        var probe = $"SELECT NOT EXISTS (SELECT 1 FROM {Table})";
        if (!(bool)(await ScalarAsync(probe, cancellationToken))!)
        {
            return false;
        }

        // Dropping keys needs the table to itself; check again under the lock in case another import got there first.
        await ExecuteAsync($"LOCK TABLE {Table} IN ACCESS EXCLUSIVE MODE", cancellationToken);
        return (bool)(await ScalarAsync(probe, cancellationToken))!;
    }

    /// <summary>False when the file names someone twice (the primary key refuses it): nothing is changed then.</summary>
    private async Task<bool> LoadEmptyRegistryAsync(CancellationToken cancellationToken)
    {
        var parts = new List<(string Drop, string Create, int DropOrder, int CreateOrder)>();
        await using (var command = new NpgsqlCommand(KeysAndIndexes, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                parts.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        await transaction.SaveAsync("load", cancellationToken);
        try
        {
            await ExecuteAsync(string.Join("; ", parts.OrderBy(p => p.DropOrder).Select(p => p.Drop)), cancellationToken);
            await ExecuteAsync($"INSERT INTO {Table} ({RegistryColumns.List}) SELECT {RegistryColumns.List} FROM {Staging}", cancellationToken);
            await ExecuteAsync(string.Join("; ", parts.OrderBy(p => p.CreateOrder).Select(p => p.Create)), cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync("load", cancellationToken);
            return false;
        }

        await transaction.ReleaseAsync("load", cancellationToken);
        return true;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
