using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>
/// One approved voter as the exports and the printable list give them (SPEC §6). Set by initialisers, not a constructor,
/// so that a query can still filter and sort on what it projects.
/// </summary>
public sealed record ApprovedVoter
{
    public required string PersonalNumber { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required int MunicipalityId { get; init; }

    public required string MunicipalitySq { get; init; }

    public required string MunicipalitySr { get; init; }

    public required ReturnMethod ReturnMethod { get; init; }

    public required Guid? MissionId { get; init; }

    public required string? ReceiptCode { get; init; }

    public required string? CountryCode { get; init; }

    public required string? City { get; init; }

    public required string? Street { get; init; }

    public required string? PostalCode { get; init; }
}

/// <summary>The approved voters of an election, read without tracking so that a stream of them holds nothing behind it.</summary>
internal static class ApprovedVoters
{
    public static IQueryable<ApprovedVoter> Of(IElectionsDb db, Guid electionId) =>
        from a in db.Applications.AsNoTracking()
        where a.ElectionId == electionId && a.Status == ApplicationStatus.Approved && a.ReturnMethod != null
        join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
        join m in db.Municipalities.AsNoTracking() on p.MunicipalityId equals m.Id
        select new ApprovedVoter
        {
            PersonalNumber = a.PersonalNumber,
            FirstName = p.FirstName,
            LastName = p.LastName,
            DateOfBirth = p.DateOfBirth,
            MunicipalityId = m.Id,
            MunicipalitySq = m.NameSq,
            MunicipalitySr = m.NameSr,
            ReturnMethod = a.ReturnMethod!.Value,
            MissionId = a.MissionId,
            ReceiptCode = a.ReceiptCode,
            CountryCode = a.Address == null ? null : a.Address.CountryCode,
            City = a.Address == null ? null : a.Address.City,
            Street = a.Address == null ? null : a.Address.Street,
            PostalCode = a.Address == null ? null : a.Address.PostalCode,
        };

    /// <summary>Where each voter's ballot goes back: the mailbox their method implies, or their mission; loaded once per export (a few rows).</summary>
    public static async Task<Func<ApprovedVoter, string?>> SendToAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var mailboxes = await db.Mailboxes.AsNoTracking().Where(m => m.ElectionId == electionId).ToListAsync(cancellationToken);
        var missions = await db.Missions.AsNoTracking().Where(m => m.ElectionId == electionId)
            .ToDictionaryAsync(m => m.Id, m => m.Name + ", " + m.City, cancellationToken);
        return voter => voter.MissionId is { } mission
            ? missions.GetValueOrDefault(mission)
            : GetReturnMethodChoices.MailboxAddress(mailboxes, voter.ReturnMethod, voter.CountryCode)?.ReplaceLineEndings(", ");
    }
}
