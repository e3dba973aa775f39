using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration;

/// <summary>What the signed-in applicant sees of their own application: never anyone else's.</summary>
public sealed record MyApplication(Guid Id, string FirstName, string LastName, string ElectionName, DateTime ClosesAt, ApplicationStatus Status, ApplicationStep NextStep, string? ReferenceNumber, string? Email);

public sealed class GetMyApplication(IElectionsDbFactory dbFactory)
{
    public async Task<MyApplication?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking().LiveOf(applicant).FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var person = await db.RegistryEntries.AsNoTracking().Where(p => p.PersonalNumber == applicant.PersonalNumber)
            .Select(p => new { p.FirstName, p.LastName }).SingleAsync(cancellationToken);
        var election = await db.Elections.AsNoTracking().Where(e => e.Id == applicant.ElectionId)
            .Select(e => new { e.Name, e.ClosesAt }).SingleAsync(cancellationToken);
        var captured = await db.Documents.Where(d => d.ApplicationId == application.Id).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        return new MyApplication(application.Id, person.FirstName, person.LastName, election.Name, election.ClosesAt, application.Status, application.FirstUnfinishedStep(captured), application.ReferenceNumber, application.Email);
    }
}
