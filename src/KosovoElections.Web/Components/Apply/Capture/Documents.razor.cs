using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>The identity document, the selfie holding it and the proof of address abroad (SPEC §1), each photographed live.</summary>
public sealed partial class Documents
{
    // The Kosovo identity documents accepted (SPEC §1); the ID card needs both sides, so it is named by its front.
    private static readonly DocumentSubtype[] IdDocumentTypes = [DocumentSubtype.IdCardFront, DocumentSubtype.Passport, DocumentSubtype.DrivingLicence];

    // The proofs of an address abroad that the CEC accepts (SPEC §1).
    private static readonly DocumentSubtype[] ProofTypes =
    [
        DocumentSubtype.ForeignIdentityDocument, DocumentSubtype.LocalAuthorityConfirmation, DocumentSubtype.LeaseContract,
        DocumentSubtype.UtilityBill, DocumentSubtype.BankDocument, DocumentSubtype.InsuranceDocument,
        DocumentSubtype.HostAddressDocument, DocumentSubtype.OtherEvidence,
    ];

    // A choice not made is linked to its first radio, as GOV.UK does for a radio group.
    private static readonly string IdTypeField = "id-type-" + IdDocumentTypes[0];
    private static readonly string ProofTypeField = "proof-type-" + ProofTypes[0];

    /// <summary>
    /// The type chosen, kept by .NET's circuit persistence: a page whose circuit the server let go (a connection down for
    /// longer than it waits) comes back with the choice made, even before any photo of it was saved.
    /// </summary>
    [PersistentState]
    public DocumentSubtype? IdType { get; set; }

    [PersistentState]
    public DocumentSubtype? ProofType { get; set; }

    protected override ApplicationStep Step => ApplicationStep.Documents;

    protected override IEnumerable<KeyValuePair<string, string>> Problems()
    {
        List<KeyValuePair<string, string>?> problems = [];
        switch (IdType)
        {
            case null:
                problems.Add(new(IdTypeField, T["Documents_IdTypeRequired"]));
                break;
            case DocumentSubtype.IdCardFront:
                problems.Add(CheckPhoto(DocumentKind.IdDocument, DocumentSubtype.IdCardFront, T["SlotIdCardFront"], T[TextKey.For(DocumentSubtype.IdCardFront, PhotoRequired)]));
                problems.Add(CheckPhoto(DocumentKind.IdDocument, DocumentSubtype.IdCardBack, T["SlotIdCardBack"], T[TextKey.For(DocumentSubtype.IdCardBack, PhotoRequired)]));
                break;
            case { } other:
                problems.Add(CheckPhoto(DocumentKind.IdDocument, other, T[TextKey.For(other)], T[TextKey.For(other, PhotoRequired)]));
                break;
        }

        problems.Add(CheckPhoto(DocumentKind.SelfieWithId, DocumentSubtype.None, T["SlotSelfieWithId"], T[TextKey.For(DocumentKind.SelfieWithId, PhotoRequired)]));
        problems.Add(ProofType is { } proof
            ? CheckPhoto(DocumentKind.ProofOfAddress, proof, T["SlotProofOfAddress"], T[TextKey.For(DocumentKind.ProofOfAddress, PhotoRequired)])
            : new(ProofTypeField, T["Documents_ProofTypeRequired"]));
        return problems.OfType<KeyValuePair<string, string>>();
    }

    // Reopened, the page starts from the types of the photos already saved; the card is named by its front.
    protected override void OnCapturesLoaded()
    {
        IdType ??= SavedSubtype(DocumentKind.IdDocument) is DocumentSubtype.IdCardBack ? DocumentSubtype.IdCardFront : SavedSubtype(DocumentKind.IdDocument);
        ProofType ??= SavedSubtype(DocumentKind.ProofOfAddress);
    }

    // A choice made clears its own message, and those of the photos of the type it replaces.
    private void Choose(DocumentSubtype? id = null, DocumentSubtype? proof = null)
    {
        if (id is { } idType)
        {
            IdType = idType;
            Errors.RemoveAll(e => e.Key == IdTypeField || e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.IdDocument), StringComparison.Ordinal));
        }

        if (proof is { } proofType)
        {
            ProofType = proofType;
            Errors.RemoveAll(e => e.Key == ProofTypeField || e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.ProofOfAddress), StringComparison.Ordinal));
        }
    }
}
