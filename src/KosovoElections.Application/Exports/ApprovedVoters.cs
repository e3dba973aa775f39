using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Exports;

/// <summary>One approved voter as the exports and the printable list give them (SPEC §6).</summary>
public sealed record ApprovedVoter(
    string PersonalNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    int MunicipalityId,
    string MunicipalitySq,
    string MunicipalitySr,
    ReturnMethod ReturnMethod,
    Guid? MissionId,
    string? ReceiptCode,
    string? CountryCode,
    string? City,
    string? Street,
    string? PostalCode);

/// <summary>The approved voters of an election, read without tracking so that a stream of them holds nothing behind it.</summary>
internal static class ApprovedVoters
{
    public static IQueryable<ApprovedVoter> Of(IElectionsDb db, Guid electionId) =>
        from a in db.Applications.AsNoTracking()
        where a.ElectionId == electionId && a.Status == ApplicationStatus.Approved && a.ReturnMethod != null
        join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
        join m in db.Municipalities.AsNoTracking() on p.MunicipalityId equals m.Id
        select new ApprovedVoter(
            a.PersonalNumber, p.FirstName, p.LastName, p.DateOfBirth, m.Id, m.NameSq, m.NameSr, a.ReturnMethod!.Value, a.MissionId, a.ReceiptCode,
            a.Address == null ? null : a.Address.CountryCode,
            a.Address == null ? null : a.Address.City,
            a.Address == null ? null : a.Address.Street,
            a.Address == null ? null : a.Address.PostalCode);

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
