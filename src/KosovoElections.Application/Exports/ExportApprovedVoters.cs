using System.Globalization;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>The approved voters of one municipality, or of all when <see cref="MunicipalityId"/> is null.</summary>
public sealed record ExportApprovedVotersCommand(StaffIdentity Staff, int? MunicipalityId);

/// <summary>
/// The approved voters' CSV (SPEC §6): streamed row by row from the database to the caller's stream, so its memory
/// stays flat from a thousand voters to a hundred thousand; the download is audited first.
/// </summary>
public sealed class ExportApprovedVoters(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "personal_number", "first_name", "last_name", "date_of_birth", "municipality", "municipality_sr", "return_method",
        "mailbox_or_mission", "receipt_code", "country", "city", "street", "postal_code",
    ];

    public async Task<ExportResult> HandleAsync(ExportApprovedVotersCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Staff.MayExport())
        {
            return ExportResult.NotAllowed;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } election)
        {
            return ExportResult.NoElection;
        }

        var municipality = command.MunicipalityId is { } id
            ? await db.Municipalities.AsNoTracking().Where(m => m.Id == id).Select(m => m.NameSq).FirstOrDefaultAsync(cancellationToken)
            : "all";
        if (municipality is null)
        {
            return ExportResult.UnknownFilter;
        }

        await audit.DownloadedAsync(command.Staff, "approved-voters", $"election {election.Id}; municipality {municipality}", cancellationToken);
        var name = command.MunicipalityId is { } number ? $"approved-voters-{number:00}.csv" : "approved-voters.csv";
        return new ExportResult(ExportStatus.Ready, new ExportFile(name, (output, ct) => WriteAsync(election.Id, command.MunicipalityId, output, ct)));
    }

    private async Task WriteAsync(Guid electionId, int? municipalityId, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var sendTo = await ApprovedVoters.SendToAsync(db, electionId, cancellationToken);
        var voters = ApprovedVoters.Of(db, electionId);
        if (municipalityId is { } id)
        {
            voters = voters.Where(v => v.MunicipalityId == id);
        }

        await using var file = await CsvFile.StartAsync(output, Header, cancellationToken);
        await foreach (var v in voters.OrderBy(v => v.MunicipalitySq).ThenBy(v => v.LastName).ThenBy(v => v.FirstName).ThenBy(v => v.PersonalNumber)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await file.WriteRowAsync(
            [
                v.PersonalNumber, v.FirstName, v.LastName, v.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.MunicipalitySq,
                v.MunicipalitySr, v.ReturnMethod.ToString(), sendTo(v), v.ReceiptCode, v.CountryCode, v.City, v.Street, v.PostalCode,
            ], cancellationToken);
        }
    }
}
