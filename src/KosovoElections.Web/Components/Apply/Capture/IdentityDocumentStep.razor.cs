using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>Which Kosovo identity document the applicant has (SPEC §1) and a photo of it; an ID card's back has a page of its own.</summary>
public sealed partial class IdentityDocumentStep
{
    // The Kosovo identity documents accepted (SPEC §1); the ID card needs both sides, so it is named by its front.
    private static readonly DocumentSubtype[] Types = [DocumentSubtype.IdCardFront, DocumentSubtype.Passport, DocumentSubtype.DrivingLicence];

    // A choice not made is linked to its first radio, as GOV.UK does for a radio group.
    private static readonly string TypeField = "id-type-" + Types[0];

    /// <summary>
    /// The type chosen, kept by .NET's circuit persistence: a page whose circuit the server let go (a connection down for
    /// longer than it waits) comes back with the choice made, even before any photo of it was saved.
    /// </summary>
    [PersistentState]
    public DocumentSubtype? Type { get; set; }

    protected override DocumentPage Page => DocumentPage.IdentityDocument;

    protected override IEnumerable<KeyValuePair<string, string>> Problems()
    {
        if (Type is not { } type)
        {
            yield return new(TypeField, T["Documents_IdTypeRequired"]);
        }
        else if (CheckPhoto(DocumentKind.IdDocument, type, TitleOf(type), T[TextKey.For(type, PhotoRequired)]) is { } photo)
        {
            yield return photo;
        }
    }

    // Reopened, the page starts from the document photographed last.
    protected override void OnCapturesLoaded() => Type ??= DocumentPages.IdentityDocumentType(Captures);

    // The ID card's photo here is its front; a passport or a licence is photographed once.
    private string TitleOf(DocumentSubtype type) => type == DocumentSubtype.IdCardFront ? T["SlotIdCardFront"] : T[TextKey.For(type)];

    // A choice made clears its own message and those of the photo of the type it replaces.
    private void Choose(DocumentSubtype type)
    {
        Type = type;
        Errors.RemoveAll(e => e.Key == TypeField || e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.IdDocument), StringComparison.Ordinal));
    }

    // The page's Continue goes by the photos saved: the one just taken decides whether the card's back comes next.
    private async Task Stored(DocumentSubtype type)
    {
        PhotoStored(DocumentKind.IdDocument, type);
        await ReloadCapturesAsync();
    }
}
