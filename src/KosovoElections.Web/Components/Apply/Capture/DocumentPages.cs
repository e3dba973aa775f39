using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>The pages of the documents step, each asking for one thing (GOV.UK "one thing per page"), in order.</summary>
public enum DocumentPage
{
    /// <summary>Which Kosovo document, and a photo of it (of an ID card, its front).</summary>
    IdentityDocument,

    /// <summary>The back of an ID card; a passport or a driving licence has no such page.</summary>
    IdentityDocumentBack,
    SelfieWithId,
    ProofOfAddress,
}

/// <summary>
/// Where each page of the documents step lives and which of them are still to do, from the photos saved: the step's
/// address (<see cref="ApplicationSteps.PathOf"/>) leads to the first page to do, and every page's Continue to the next.
/// </summary>
public static class DocumentPages
{
    public static string PathOf(DocumentPage page) => page switch
    {
        DocumentPage.IdentityDocument => "/apply/documents/identity",
        DocumentPage.IdentityDocumentBack => "/apply/documents/identity-back",
        DocumentPage.SelfieWithId => "/apply/documents/selfie-with-id",
        DocumentPage.ProofOfAddress => "/apply/documents/address",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
    };

    /// <summary>The page on which <paramref name="kind"/> and <paramref name="subtype"/> are photographed; the selfie has a step of its own.</summary>
    public static DocumentPage? PageOf(DocumentKind kind, DocumentSubtype subtype) => kind switch
    {
        DocumentKind.IdDocument => subtype == DocumentSubtype.IdCardBack ? DocumentPage.IdentityDocumentBack : DocumentPage.IdentityDocument,
        DocumentKind.SelfieWithId => DocumentPage.SelfieWithId,
        DocumentKind.ProofOfAddress => DocumentPage.ProofOfAddress,
        _ => null,
    };

    /// <summary>The Kosovo document the applicant photographed last; an ID card is named by its front.</summary>
    public static DocumentSubtype? IdentityDocumentType(IReadOnlyList<CapturedDocument> captures) => captures.Taken().IdentityDocumentType;

    /// <summary>An ID card has a back to photograph; until a document is chosen, nobody knows.</summary>
    public static bool HasBack(IReadOnlyList<CapturedDocument> captures) => captures.Taken().IdentityDocumentHasBack;

    /// <summary>The first page still to do, or the first page when all are done (to look at them or retake one).</summary>
    public static DocumentPage FirstToDo(IReadOnlyList<CapturedDocument> captures) =>
        Enum.GetValues<DocumentPage>().Where(page => IsToDo(page, captures)).Cast<DocumentPage?>().FirstOrDefault() ?? DocumentPage.IdentityDocument;

    /// <summary>
    /// Where <paramref name="done"/> leads (as <see cref="ApplicationSteps.After"/> does for steps): the next page still to
    /// do after it, else one before it, else the step after the documents.
    /// </summary>
    public static string After(DocumentPage done, IReadOnlyList<CapturedDocument> captures, MyApplication? application)
    {
        if (application is not { Editable: true })
        {
            return ApplicationSteps.Overview;
        }

        var toDo = Enum.GetValues<DocumentPage>().Where(page => page != done && IsToDo(page, captures)).ToList();
        var next = toDo.Where(page => page > done).Concat(toDo.Where(page => page < done)).Cast<DocumentPage?>().FirstOrDefault();
        return next is { } page ? PathOf(page) : ApplicationSteps.After(ApplicationStep.Documents, application);
    }

    /// <summary>Where a page's Back link goes: the page before it that applies, and from the first the step before the documents.</summary>
    public static string Before(DocumentPage page, IReadOnlyList<CapturedDocument> captures) => page switch
    {
        DocumentPage.IdentityDocument => ApplicationSteps.Before(ApplicationStep.Documents),
        DocumentPage.SelfieWithId => PathOf(HasBack(captures) ? DocumentPage.IdentityDocumentBack : DocumentPage.IdentityDocument),
        _ => PathOf(page - 1),
    };

    private static bool IsToDo(DocumentPage page, IReadOnlyList<CapturedDocument> captures)
    {
        var taken = captures.Taken();
        return page switch
        {
            DocumentPage.IdentityDocument => taken.IdentityDocumentType is not { } type || !taken.Has(DocumentKind.IdDocument, type),
            DocumentPage.IdentityDocumentBack => taken.IdentityDocumentHasBack && !taken.Has(DocumentKind.IdDocument, DocumentSubtype.IdCardBack),
            DocumentPage.SelfieWithId => !taken.Has(DocumentKind.SelfieWithId),
            _ => !taken.Has(DocumentKind.ProofOfAddress),
        };
    }
}
