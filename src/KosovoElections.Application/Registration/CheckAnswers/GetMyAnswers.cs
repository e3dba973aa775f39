using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.CheckAnswers;

/// <summary>Everything the applicant entered, for "check your answers" (SPEC §4 step 8).</summary>
public sealed record MyAnswers(
    string FirstName,
    string LastName,
    string? Email,
    AddressAbroad? Address,
    string? Phone,
    ReturnMethod? ReturnMethod,
    IReadOnlyList<CapturedDocument> Documents,
    ApplicationStep NextStep,
    bool Editable)
{
    /// <summary>The steps the applicant may still change: every one of a draft, only the named ones of a correction.</summary>
    public IReadOnlyList<ApplicationStep> Changeable { get; init; } = [];
}

/// <summary>The signed-in applicant's own live application as entered so far; null when there is none.</summary>
public sealed class GetMyAnswers(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    // The order the applicant captured them in: the selfie first, then the documents page from top to bottom.
    private static readonly DocumentKind[] CaptureOrder = [DocumentKind.Selfie, DocumentKind.IdDocument, DocumentKind.SelfieWithId, DocumentKind.ProofOfAddress];

    public async Task<MyAnswers?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking().LiveOf(applicant).FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var person = await db.RegistryEntries.AsNoTracking().Where(p => p.PersonalNumber == applicant.PersonalNumber)
            .Select(p => new { p.FirstName, p.LastName }).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.AcceptsApplicationsAsync(applicant.ElectionId, now, cancellationToken);
        var documents = await db.CapturedDocumentsOf(application.Id).ToListAsync(cancellationToken);
        var ordered = documents.OrderBy(d => Array.IndexOf(CaptureOrder, d.Kind)).ThenBy(d => d.PageNumber).ThenBy(d => d.CapturedAt).ToList();
        var next = application.FirstUnfinishedStep(ordered.Taken());
        return new MyAnswers(person.FirstName, person.LastName, application.Email, application.Address, application.Phone, application.ReturnMethod, ordered, next, open && application.IsEditable)
        {
            Changeable = open ? Enum.GetValues<ApplicationStep>().Where(application.MayChange).ToList() : [],
        };
    }
}
