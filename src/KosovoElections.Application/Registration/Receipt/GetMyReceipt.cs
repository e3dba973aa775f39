using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Receipt;

/// <summary>What the registration receipt shows (SPEC §4 step 10); the municipality in both official languages.</summary>
public sealed record MyReceipt(
    string ReceiptCode,
    string ReferenceNumber,
    string FirstName,
    string LastName,
    string MunicipalitySq,
    string MunicipalitySr,
    ElectionName ElectionName,
    DateOnly ElectionDay,
    ReturnMethod ReturnMethod,
    string? SendTo);

/// <summary>The signed-in applicant's own receipt, only once their application is approved; null otherwise.</summary>
public sealed class GetMyReceipt(IElectionsDbFactory dbFactory)
{
    public async Task<MyReceipt?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking().LiveOf(applicant)
            .Where(a => a.Status == ApplicationStatus.Approved)
            .Select(a => new { a.ReceiptCode, a.ReferenceNumber, a.ReturnMethod, a.MissionId, Residence = a.Address == null ? null : a.Address.CountryCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (application is not { ReceiptCode: { } code, ReferenceNumber: { } reference, ReturnMethod: { } method })
        {
            return null;
        }

        var person = await (
            from p in db.RegistryEntries.AsNoTracking()
            join m in db.Municipalities.AsNoTracking() on p.MunicipalityId equals m.Id
            where p.PersonalNumber == applicant.PersonalNumber
            select new { p.FirstName, p.LastName, m.NameSq, m.NameSr }).SingleAsync(cancellationToken);
        var election = await db.Elections.AsNoTracking().Where(e => e.Id == applicant.ElectionId)
            .Select(e => new { e.Name, e.NameSr, e.NameEn, e.ElectionDay }).SingleAsync(cancellationToken);
        return new MyReceipt(code, reference, person.FirstName, person.LastName, person.NameSq, person.NameSr, new ElectionName(election.Name, election.NameSr, election.NameEn), election.ElectionDay, method,
            await SendToAsync(db, applicant, method, application.MissionId, application.Residence, cancellationToken));
    }

    /// <summary>Where the ballot package goes: the mailbox the method implies for this applicant, or the mission.</summary>
    private static async Task<string?> SendToAsync(IElectionsDb db, ApplicantIdentity applicant, ReturnMethod method, Guid? missionId, string? residence, CancellationToken cancellationToken)
    {
        if (method == ReturnMethod.DiplomaticMission)
        {
            return await db.Missions.AsNoTracking().Where(m => m.Id == missionId).Select(m => m.Name + ", " + m.City).FirstOrDefaultAsync(cancellationToken);
        }

        var mailboxes = await db.Mailboxes.AsNoTracking().Where(m => m.ElectionId == applicant.ElectionId).ToListAsync(cancellationToken);
        return ReturnMethods.GetReturnMethodChoices.MailboxAddress(mailboxes, method, residence);
    }
}
