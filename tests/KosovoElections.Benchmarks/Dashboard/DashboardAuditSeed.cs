using Npgsql;

namespace KosovoElections.Benchmarks.Dashboard;

/// <summary>
/// An audit log as long as a busy registration leaves it, written with set-based INSERT … SELECT after the back
/// office's seed: each decided application's decision by one of the reviewers at its decision time (never in the
/// future), and for every application <c>perApplication</c> other rows (sign-in, codes, captures, views, claims) over
/// the days before. The hashes are unique stand-ins: the chain is not what is measured.
/// </summary>
internal static class DashboardAuditSeed
{
    public static async Task SeedAsync(NpgsqlDataSource dataSource, IReadOnlyList<Guid> reviewers, int perApplication)
    {
        await ExecuteAsync(dataSource, DecisionsSql, new NpgsqlParameter("staff", reviewers.Select(r => r.ToString()).ToArray()));
        await ExecuteAsync(dataSource, OthersSql, new NpgsqlParameter("per", perApplication));
        await ExecuteAsync(dataSource, "VACUUM ANALYZE audit_events");
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 900;
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    private const string DecisionsSql = """
        INSERT INTO audit_events ("OccurredAt", "ActorKind", "Actor", "Action", "ApplicationId", "Details", "PreviousHash", "Hash")
        SELECT LEAST(a."DecidedAt", now() - (abs(hashtext(a."Id"::text)) % 3600) * interval '1 second'), 'Staff',
            (@staff)[1 + abs(hashtext(a."Id"::text || 's')) % cardinality(@staff)],
            CASE a."Status" WHEN 'Approved' THEN 'application.approved' WHEN 'Rejected' THEN 'application.rejection-confirmed'
                 WHEN 'CorrectionRequested' THEN 'application.correction-requested' ELSE 'application.rejection-proposed' END,
            a."Id", a."ReferenceNumber", md5(a."Id"::text || 'p') || md5(a."Id"::text || 'q'), md5(a."Id"::text || 'h') || md5(a."Id"::text || 'i')
        FROM applications a WHERE a."DecidedAt" IS NOT NULL
        """;

    private const string OthersSql = """
        INSERT INTO audit_events ("OccurredAt", "ActorKind", "Actor", "Action", "ApplicationId", "Details", "PreviousHash", "Hash")
        SELECT a."SubmittedAt" - (k * 37) * interval '1 minute', CASE WHEN k % 2 = 0 THEN 'Applicant' ELSE 'Staff' END, 'benchmark',
            (ARRAY['signin.succeeded', 'application.viewed', 'email.code-sent', 'document.viewed', 'email.verified', 'application.claimed',
                   'document.captured', 'document.viewed', 'application.submitted', 'application.lease-released'])[1 + k % 10],
            a."Id", '', md5(a."Id"::text || k || 'p') || md5(k || a."Id"::text || 'q'), md5(a."Id"::text || k || 'h') || md5(k || a."Id"::text || 'i')
        FROM applications a CROSS JOIN generate_series(1, @per) AS k
        """;
}
