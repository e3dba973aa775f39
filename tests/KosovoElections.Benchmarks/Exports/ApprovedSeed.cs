using Npgsql;

namespace KosovoElections.Benchmarks.Exports;

/// <summary>Approved applications written straight into PostgreSQL, one per registered person in order, with set-based INSERT … SELECT.</summary>
internal static class ApprovedSeed
{
    /// <summary>Approves the registered people from position <paramref name="from"/> (excluded) to <paramref name="to"/> (included).</summary>
    public static async Task AddAsync(NpgsqlDataSource dataSource, Guid electionId, int from, int to)
    {
        await using (var command = dataSource.CreateCommand(Sql))
        {
            command.CommandTimeout = 600;
            command.Parameters.Add(new NpgsqlParameter("election", electionId));
            command.Parameters.Add(new NpgsqlParameter("from", (long)from));
            command.Parameters.Add(new NpgsqlParameter("to", (long)to));
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = dataSource.CreateCommand("VACUUM ANALYZE applications");
        await analyze.ExecuteNonQueryAsync();
    }

    // Names of up to 40 characters come from the registry; the addresses are as long as real ones.
    private const string Sql = """
        WITH people AS (
            SELECT personal_number AS "PersonalNumber", municipality_id AS "MunicipalityId", row_number() OVER (ORDER BY personal_number) AS n
            FROM registry_entries)
        INSERT INTO applications ("Id", "Channel", "CreatedAt", "UpdatedAt", "ElectionId", "Email", "Language", "PersonalNumber",
            "Phone", "ReferenceNumber", "ReturnMethod", "Status", "SubmittedAt", "DeclarationAcceptedAt", "Version", "Reasons",
            "CorrectionSteps", address_country, address_city, address_street, address_postal_code, "DecidedAt", "ReceiptCode",
            "MunicipalityId")
        SELECT gen_random_uuid(), 'Online', now() - interval '3 days', now(), @election, 'voter' || n || '@example.org', 'sq',
            "PersonalNumber", '+49151' || lpad(n::text, 8, '0'), 'KE-' || lpad(n::text, 8, '0'),
            CASE WHEN n % 10 < 7 THEN 'PostalAbroad' ELSE 'PostalKosovo' END, 'Approved', now() - interval '2 days', now() - interval '2 days',
            gen_random_uuid(), '{}', '{}',
            (ARRAY['DE','DE','DE','DE','CH','CH','CH','AT','AT','SE','FR','FR','IT','GB','US','BE','NO','NL','DK','SI'])[1 + (n * 31) % 20],
            'Stadt ' || (n % 300), 'Hauptstrasse ' || (n % 500) || ', Wohnung ' || (n % 40), lpad((10000 + n % 9000)::text, 5, '0'),
            now() - interval '1 day', 'RC' || lpad(n::text, 8, '0'), "MunicipalityId"
        FROM people WHERE n > @from AND n <= @to
        """;
}
