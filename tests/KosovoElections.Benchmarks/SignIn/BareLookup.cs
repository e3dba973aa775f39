using Npgsql;
using NpgsqlTypes;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>
/// The baseline: the registry's primary-key SELECT by raw Npgsql on a pooled connection, no EF Core. The parameter
/// is typed character(10) like the column; a text parameter would compare the column as text and scan the table.
/// </summary>
internal sealed class BareLookup(NpgsqlDataSource dataSource)
{
    public async Task<bool> FindAsync(string personalNumber)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT date_of_birth, status FROM registry_entries WHERE personal_number = $1", connection)
        {
            Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Char, Value = personalNumber } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync();
    }
}
