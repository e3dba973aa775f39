namespace KosovoElections.Domain.Applications;

[ShownToPeople]
public enum DocumentKind
{
    IdDocument,
    SelfieWithId,
    Selfie,
    ProofOfAddress,
}

/// <summary>Which identity document or which proof of address a capture shows.</summary>
[ShownToPeople]
public enum DocumentSubtype
{
    /// <summary>A selfie, or a photo whose kind says it all: named by its <see cref="DocumentKind"/>.</summary>
    [NotShownToPeople]
    None,
    IdCardFront,

    /// <summary>The card's sides are named by their slots' titles; the card as a whole by its front.</summary>
    [NotShownToPeople]
    IdCardBack,
    Passport,
    DrivingLicence,
    ForeignIdentityDocument,
    LocalAuthorityConfirmation,
    LeaseContract,
    UtilityBill,
    BankDocument,
    InsuranceDocument,
    HostAddressDocument,
    OtherEvidence,
}

/// <summary>What the stored bytes are: a JPEG from the image pipeline, or a PDF scan kept as it came (paper applications only).</summary>
public enum DocumentFormat
{
    Jpeg,
    Pdf,
}

/// <summary>Metadata of one captured image; the image and its thumbnail are stored encrypted elsewhere and referenced here.</summary>
public sealed class Document
{
    /// <summary>A proof of address may take several pages (SPEC §4 step 7: "up to 3 pages"); every other photo is one page.</summary>
    public const int MaxProofOfAddressPages = 3;

    public Document(
        Guid applicationId,
        DocumentKind kind,
        DocumentSubtype subtype,
        DateTime capturedAt,
        ImageFacts facts,
        string imageRef,
        string thumbnailRef,
        int pageNumber = 1)
    {
        CheckPage(kind, pageNumber);
        Id = Guid.NewGuid();
        PageNumber = pageNumber;
        ApplicationId = applicationId;
        Kind = kind;
        Subtype = subtype;
        CapturedAt = capturedAt;
        Width = facts.Width;
        Height = facts.Height;
        Sha256 = facts.Sha256;
        PerceptualHash = facts.PerceptualHash;
        (HashBand0, HashBand1, HashBand2, HashBand3) = (
            ImageSimilarity.Band(facts.PerceptualHash, 0), ImageSimilarity.Band(facts.PerceptualHash, 1),
            ImageSimilarity.Band(facts.PerceptualHash, 2), ImageSimilarity.Band(facts.PerceptualHash, 3));
        Brightness = facts.Brightness;
        Sharpness = facts.Sharpness;
        ImageRef = imageRef;
        ThumbnailRef = thumbnailRef;
    }

    /// <summary>A PDF scan of a paper application's document, stored as it came: no image facts, nothing rendered from it.</summary>
    public static Document Scan(Guid applicationId, DocumentKind kind, DocumentSubtype subtype, DateTime scannedAt, string sha256, int pages, string fileRef) =>
        new(applicationId, kind, subtype, scannedAt, new ImageFacts(0, 0, sha256, 0, 0, 0), fileRef, fileRef)
        {
            Format = DocumentFormat.Pdf,
            Pages = pages,
        };

    private Document()
    {
        Sha256 = ImageRef = ThumbnailRef = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public DocumentSubtype Subtype { get; private set; }

    public DocumentFormat Format { get; private set; } = DocumentFormat.Jpeg;

    /// <summary>The pages of a PDF scan; 1 for an image.</summary>
    public int Pages { get; private set; } = 1;

    /// <summary>Which page of its document this photo is: 1 to <see cref="MaxProofOfAddressPages"/> for a proof of address, else 1.</summary>
    public int PageNumber { get; private set; } = 1;

    public DateTime CapturedAt { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Hex SHA-256 of the stored (re-encoded) image.</summary>
    public string Sha256 { get; private set; }

    public long PerceptualHash { get; private set; }

    /// <summary>The perceptual hash's 16-bit quarters, indexed, to find near-equal images (<see cref="ImageSimilarity"/>).</summary>
    public int HashBand0 { get; private set; }

    public int HashBand1 { get; private set; }

    public int HashBand2 { get; private set; }

    public int HashBand3 { get; private set; }

    public double Brightness { get; private set; }

    public double Sharpness { get; private set; }

    public string ImageRef { get; private set; }

    public string ThumbnailRef { get; private set; }

    /// <summary>Set when the retention job has deleted the images; the record stays.</summary>
    public DateTime? ImagesDeletedAt { get; private set; }

    public void MarkImagesDeleted(DateTime nowUtc) => ImagesDeletedAt = nowUtc;

    /// <summary>A page removed before this one moves it up, so the pages stay numbered 1, 2, 3 without a gap.</summary>
    public void MoveToPage(int pageNumber)
    {
        CheckPage(Kind, pageNumber);
        PageNumber = pageNumber;
    }

    private static void CheckPage(DocumentKind kind, int pageNumber)
    {
        var last = kind == DocumentKind.ProofOfAddress ? MaxProofOfAddressPages : 1;
        if (pageNumber < 1 || pageNumber > last)
        {
            throw new DomainException($"A {kind} has pages 1 to {last}, not {pageNumber}.");
        }
    }
}

/// <summary>What the image pipeline learnt about a stored image.</summary>
public sealed record ImageFacts(int Width, int Height, string Sha256, long PerceptualHash, double Brightness, double Sharpness);
