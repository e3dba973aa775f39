using System.Diagnostics;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
using Npgsql;

namespace KosovoElections.Benchmarks.BackOffice;

/// <summary>
/// A back office mid-election, written straight into PostgreSQL with set-based INSERT … SELECT (seconds for 100,000):
/// one sent application per registered person, spread over the statuses, ten countries, the return methods and the
/// last 30 days; four document rows each (no image bytes); pairs sharing a phone flagged; a few leases held by others;
/// then the figures counted from them.
/// </summary>
internal static class BackOfficeSeed
{
    public static async Task<List<Guid>> SeedAsync(NpgsqlDataSource dataSource, ElectionsDbFactory factory, Guid electionId, int rows, int reviewers)
    {
        var references = new HashSet<string>();
        while (references.Count < rows)
        {
            references.Add(ReferenceNumber.New());
        }

        var staff = Enumerable.Range(0, reviewers + 5).Select(_ => Guid.NewGuid()).ToList();
        await ExecuteAsync(dataSource, StaffSql, new NpgsqlParameter("staff", staff.ToArray()));
        await ExecuteAsync(dataSource, ApplicationsSql, new NpgsqlParameter("election", electionId), new NpgsqlParameter("refs", references.ToArray()),
            new NpgsqlParameter("others", staff.Skip(reviewers).ToArray()), new NpgsqlParameter("rows", rows));
        await ExecuteAsync(dataSource, DocumentsSql);
        await ExecuteAsync(dataSource, FlagsSql);

        // Written around the saves that keep the figures (docs/decisions/0020): counted once, as after a restore.
        var recounting = Stopwatch.StartNew();
        await using (var db = await factory.CreateAsync())
        {
            await FigureRecount.RecountAsync(db, electionId);
        }

        Console.WriteLine($"  figures recounted from the seeded applications (FigureRecount) in {recounting.Elapsed.TotalSeconds:F1} s");

        // What production's autovacuum would have done by now: statistics, and a visibility map for index-only scans.
        await ExecuteAsync(dataSource, "VACUUM ANALYZE");
        return [.. staff.Take(reviewers)];
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    private const string StaffSql = """
        INSERT INTO staff ("Id", "CreatedAt", "Email", "NormalizedEmail", "FailedSignIns", "IsDisabled", "PasswordHash", "Role")
        SELECT s, now(), 'reviewer' || n || '@cec.example', 'REVIEWER' || n || '@CEC.EXAMPLE', 0, false, 'x', 'Reviewer'
        FROM unnest(@staff) WITH ORDINALITY AS t(s, n)
        """;

    // The country and the return method vary independently. n % 100: 60 waiting, 5 in review (half of the leases lapsed), 25 approved, 4 rejected, 3 for correction,
    // 2 pending a second review, 1 withdrawn. Submissions spread over 30 days by a multiplicative hash of n.
    private const string ApplicationsSql = """
        WITH people AS (
            SELECT personal_number AS "PersonalNumber", municipality_id AS "MunicipalityId", row_number() OVER (ORDER BY personal_number) AS n
            FROM registry_entries LIMIT @rows),
        seeded AS (
            SELECT p."PersonalNumber", p."MunicipalityId", p.n, r.ref, n % 100 AS bucket,
                   now() - ((p.n * 7919) % 2592000) * interval '1 second' AS sent
            FROM people p JOIN unnest(@refs) WITH ORDINALITY AS r(ref, i) ON r.i = p.n)
        INSERT INTO applications ("Id", "Channel", "CreatedAt", "UpdatedAt", "ElectionId", "Email", "Language", "PersonalNumber",
            "Phone", "ReferenceNumber", "ReturnMethod", "Status", "SubmittedAt", "DeclarationAcceptedAt", "Version", "Reasons",
            "CorrectionSteps", address_country, address_city, address_street, address_postal_code, "ClaimedBy", "ClaimedUntil",
            "DecidedAt", "ReceiptCode", "MunicipalityId")
        SELECT gen_random_uuid(), 'Online', sent - interval '20 minutes', sent, @election, 'voter' || n || '@example.org', 'sq',
            "PersonalNumber", '+49151' || lpad((n - (n % 50 = 0)::int)::text, 8, '0'), ref,
            CASE WHEN (n / 7) % 10 < 6 THEN 'PostalAbroad' WHEN (n / 7) % 10 < 8 THEN 'PostalKosovo' ELSE 'DiplomaticMission' END,
            CASE WHEN bucket < 60 THEN 'Submitted' WHEN bucket < 65 THEN 'InReview' WHEN bucket < 90 THEN 'Approved'
                 WHEN bucket < 94 THEN 'Rejected' WHEN bucket < 97 THEN 'CorrectionRequested' WHEN bucket < 99 THEN 'RejectionPending'
                 ELSE 'Withdrawn' END,
            sent, sent, gen_random_uuid(), '{}', '{}',
            (ARRAY['DE','DE','DE','DE','CH','CH','CH','AT','AT','SE','FR','FR','IT','GB','US','BE','NO','NL','DK','SI'])[1 + (n * 31) % 20],
            'Stadt ' || (n % 300), 'Hauptstrasse ' || (n % 500), lpad((10000 + n % 9000)::text, 5, '0'),
            CASE WHEN bucket BETWEEN 60 AND 64 THEN (@others)[1 + n % cardinality(@others)] END,
            CASE WHEN bucket BETWEEN 60 AND 62 THEN now() - interval '1 hour' WHEN bucket BETWEEN 63 AND 64 THEN now() + interval '10 minutes' END,
            CASE WHEN bucket >= 65 AND bucket < 99 THEN sent + interval '1 day' END,
            CASE WHEN bucket >= 65 AND bucket < 90 THEN 'RC-' || n END,
            "MunicipalityId"
        FROM seeded
        """;

    private const string DocumentsSql = """
        INSERT INTO documents ("Id", "ApplicationId", "Kind", "Subtype", "CapturedAt", "Width", "Height", "Brightness", "Sharpness",
            "Sha256", "PerceptualHash", "HashBand0", "HashBand1", "HashBand2", "HashBand3", "ImageRef", "ThumbnailRef")
        SELECT gen_random_uuid(), a."Id", k.kind, k.subtype, a."SubmittedAt" - k.minutes * interval '1 minute', 1600, 1200, 0.5, 0.8,
            md5(a."Id"::text || k.kind) || md5(k.kind || a."Id"::text), h, (h & 65535)::int, ((h >> 16) & 65535)::int,
            ((h >> 32) & 65535)::int, ((h >> 48) & 65535)::int, 'db:' || a."Id" || k.kind, 'db:' || a."Id" || k.kind || '-thumb'
        FROM applications a
        CROSS JOIN (VALUES ('Selfie', 'None', 9), ('IdDocument', 'Passport', 8), ('SelfieWithId', 'None', 7), ('ProofOfAddress', 'None', 6))
            AS k(kind, subtype, minutes)
        CROSS JOIN LATERAL (SELECT ('x' || substr(md5(a."Id"::text || k.kind || 'p'), 1, 16))::bit(64)::bigint AS h) hash
        """;

    // Every 50th applicant gave the previous one's phone: both are flagged, each pointing at the other.
    private const string FlagsSql = """
        INSERT INTO application_flags ("Id", "ApplicationId", "OtherApplicationId", "Kind", "Detail", "CreatedAt")
        SELECT gen_random_uuid(), a."Id", b."Id", 'SharedPhone', NULL, a."SubmittedAt"
        FROM applications a JOIN applications b ON a."ElectionId" = b."ElectionId" AND a."Phone" = b."Phone" AND a."Id" <> b."Id"
        """;
}
