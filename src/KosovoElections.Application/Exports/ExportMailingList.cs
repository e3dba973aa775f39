using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>The ballot mailing list, for one return method and one country of residence when given (null: all).</summary>
public sealed record ExportMailingListCommand(StaffIdentity Staff, ReturnMethod? ReturnMethod, string? CountryCode);

/// <summary>
/// Where the ballot packages go (SPEC §6): each approved voter's address abroad, with the mailbox or mission their
/// ballot comes back to and the receipt code, by country and return method; streamed and audited like every export.
/// </summary>
public sealed class ExportMailingList(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Header =
        ["country", "return_method", "mailbox_or_mission", "last_name", "first_name", "street", "postal_code", "city", "receipt_code"];

    public async Task<ExportResult> HandleAsync(ExportMailingListCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Staff.MayExport())
        {
            return ExportResult.NotAllowed;
        }

        if ((command.ReturnMethod is { } method && !Enum.IsDefined(method))
            || (command.CountryCode is { } code && Countries.Find(code) is null))
        {
            return ExportResult.UnknownFilter;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } election)
        {
            return ExportResult.NoElection;
        }

        await audit.DownloadedAsync(command.Staff, "mailing-list",
            $"election {election.Id}; return method {command.ReturnMethod?.ToString() ?? "all"}; country {command.CountryCode ?? "all"}", cancellationToken);
        return new ExportResult(ExportStatus.Ready, new ExportFile("ballot-mailing-list.csv", (output, ct) => WriteAsync(election.Id, command, output, ct)));
    }

    private async Task WriteAsync(Guid electionId, ExportMailingListCommand command, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var sendTo = await ApprovedVoters.SendToAsync(db, electionId, cancellationToken);
        var voters = ApprovedVoters.Of(db, electionId);
        if (command.ReturnMethod is { } method)
        {
            voters = voters.Where(v => v.ReturnMethod == method);
        }

        if (command.CountryCode is { } country)
        {
            voters = voters.Where(v => v.CountryCode == country);
        }

        await using var file = await CsvFile.StartAsync(output, Header, cancellationToken);
        await foreach (var v in voters.OrderBy(v => v.CountryCode).ThenBy(v => v.ReturnMethod).ThenBy(v => v.LastName).ThenBy(v => v.FirstName).ThenBy(v => v.PersonalNumber)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await file.WriteRowAsync(
                [v.CountryCode, v.ReturnMethod.ToString(), sendTo(v), v.LastName, v.FirstName, v.Street, v.PostalCode, v.City, v.ReceiptCode], cancellationToken);
        }
    }
}
