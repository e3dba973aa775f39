using System.Globalization;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Exports;

/// <summary>
/// The daily statistics for the CEC: applications sent, approved and rejected per day in Kosovo, and those sent by how
/// they arrived (online, by post, by e-mail; issue 15), exact (the public page protects small counts; this file is for
/// admins). The channels' columns come after the first four, so a sheet built on those still reads them where it did.
/// </summary>
public sealed class ExportDailyStatistics(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Header = ["day", "submitted", "approved", "rejected", "submitted_online", "submitted_post", "submitted_email"];

    public async Task<ExportResult> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.MayExport())
        {
            return ExportResult.NotAllowed;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } election)
        {
            return ExportResult.NoElection;
        }

        var days = (await ApplicationCounts.ReadAsync(db, election.Id, cancellationToken)).Daily;
        await audit.DownloadedAsync(staff, "daily-statistics", $"election {election.Id}", cancellationToken);
        return new ExportResult(ExportStatus.Ready, new ExportFile("daily-statistics.csv", async (output, ct) =>
        {
            await using var file = await CsvFile.StartAsync(output, Header, ct);
            foreach (var d in days)
            {
                await file.WriteRowAsync(
                [
                    d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(d.Submitted), Number(d.Approved), Number(d.Rejected),
                    Number(d.SubmittedVia(ApplicationChannel.Online)), Number(d.SubmittedVia(ApplicationChannel.Post)), Number(d.SubmittedVia(ApplicationChannel.Email)),
                ], ct);
            }
        }));
    }

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
