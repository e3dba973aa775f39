namespace KosovoElections.Domain.Applications;

/// <summary>One photo saved to an application: what it shows and when it was taken.</summary>
public readonly record struct PhotoTaken(DocumentKind Kind, DocumentSubtype Subtype, DateTime CapturedAt);

/// <summary>
/// The photos saved to an application so far, and whether they make its documents whole (SPEC §4 step 7): the Kosovo
/// document the applicant chose last, an ID card on both sides; the selfie holding it; the proof of address.
/// </summary>
public sealed class DocumentsTaken(IEnumerable<PhotoTaken> photos)
{
    public static readonly DocumentsTaken None = new([]);

    private readonly PhotoTaken[] _photos = [.. photos];

    /// <summary>True once any photo was taken.</summary>
    public bool Any => _photos.Length > 0;

    /// <summary>The Kosovo document photographed last (the applicant may change their mind); an ID card is named by its front.</summary>
    public DocumentSubtype? IdentityDocumentType =>
        _photos.Where(p => p.Kind == DocumentKind.IdDocument).OrderBy(p => p.CapturedAt).Select(p => (DocumentSubtype?)p.Subtype).LastOrDefault() is { } last
            ? last == DocumentSubtype.IdCardBack ? DocumentSubtype.IdCardFront : last
            : null;

    /// <summary>An ID card has a back to photograph; until a document is chosen, nobody knows.</summary>
    public bool IdentityDocumentHasBack => IdentityDocumentType == DocumentSubtype.IdCardFront;

    /// <summary>The chosen Kosovo document is photographed whole: its front (or only page), and an ID card's back.</summary>
    public bool HasIdentityDocument =>
        IdentityDocumentType is { } type && Has(DocumentKind.IdDocument, type)
        && (!IdentityDocumentHasBack || Has(DocumentKind.IdDocument, DocumentSubtype.IdCardBack));

    /// <summary>Everything the documents step asks for.</summary>
    public bool AreWhole => HasIdentityDocument && Has(DocumentKind.SelfieWithId) && Has(DocumentKind.ProofOfAddress);

    public bool Has(DocumentKind kind) => _photos.Any(p => p.Kind == kind);

    public bool Has(DocumentKind kind, DocumentSubtype subtype) => _photos.Any(p => p.Kind == kind && p.Subtype == subtype);
}
