using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>
/// The proof of the address abroad (SPEC §1): which kind, then its pages, up to three (SPEC §4 step 7). Each page saved
/// can be taken again or removed; "Add another page" offers a camera for the next one until there are three.
/// </summary>
public sealed partial class ProofOfAddressStep
{
    private const int MaxPages = Document.MaxProofOfAddressPages;

    // The proofs of an address abroad that the CEC accepts (SPEC §1).
    private static readonly DocumentSubtype[] Types =
    [
        DocumentSubtype.ForeignIdentityDocument, DocumentSubtype.LocalAuthorityConfirmation, DocumentSubtype.LeaseContract,
        DocumentSubtype.UtilityBill, DocumentSubtype.BankDocument, DocumentSubtype.InsuranceDocument,
        DocumentSubtype.HostAddressDocument, DocumentSubtype.OtherEvidence,
    ];

    // A choice not made is linked to its first radio, as GOV.UK does for a radio group.
    private static readonly string TypeField = "proof-type-" + Types[0];

    private bool _adding;
    private int _generation;
    private int? _removed;
    private bool _focusRemoved;
    private ElementReference _removedNote;

    /// <summary>The kind of proof chosen, kept by .NET's circuit persistence like the identity document's type.</summary>
    [PersistentState]
    public DocumentSubtype? Type { get; set; }

    [Inject]
    private RemoveProofOfAddressPage RemovePage { get; set; } = default!;

    [Inject]
    private CurrentApplicant CurrentApplicant { get; set; } = default!;

    protected override DocumentPage Page => DocumentPage.ProofOfAddress;

    protected override IEnumerable<KeyValuePair<string, string>> Problems()
    {
        if (Type is not { } type)
        {
            yield return new(TypeField, T["Documents_ProofTypeRequired"]);
            yield break;
        }

        foreach (var slot in PageSlots(type))
        {
            var field = CaptureSlot.FieldId(DocumentKind.ProofOfAddress, type, slot.Number);
            if (Slots.TryGetValue(field, out var camera) && camera.HoldsUnusedPhoto)
            {
                yield return new(field, T["Photo_NotUsed", T["ProofPage_Title", slot.Number]]);
            }
        }

        if (SavedPages(type).Count == 0)
        {
            yield return new(CaptureSlot.FieldId(DocumentKind.ProofOfAddress, type), T[TextKey.For(DocumentKind.ProofOfAddress, PhotoRequired)]);
        }
    }

    // Reopened, the page starts from the kind of proof photographed last.
    protected override void OnCapturesLoaded() => Type ??= Captures.Where(d => d.Kind == DocumentKind.ProofOfAddress).MaxBy(d => d.CapturedAt)?.Subtype;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await base.OnAfterRenderAsync(firstRender);
        if (_focusRemoved)
        {
            _focusRemoved = false;
            await _removedNote.FocusAsync();
        }
    }

    private List<CapturedDocument> SavedPages(DocumentSubtype type) =>
        [.. Captures.Where(d => d.Kind == DocumentKind.ProofOfAddress && d.Subtype == type).OrderBy(d => d.PageNumber)];

    // The pages saved, then an empty one while adding (or as the first page): never more than the limit.
    private IEnumerable<PageSlot> PageSlots(DocumentSubtype type)
    {
        var saved = SavedPages(type);
        foreach (var page in saved)
        {
            yield return new(page.PageNumber, page);
        }

        if ((_adding || saved.Count == 0) && saved.Count < MaxPages)
        {
            yield return new(saved.Count + 1, null);
        }
    }

    // A choice made clears its own message and those of the pages of the kind it replaces.
    private void Choose(DocumentSubtype type)
    {
        Type = type;
        _adding = false;
        _removed = null;
        Errors.RemoveAll(e => e.Key == TypeField || e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.ProofOfAddress), StringComparison.Ordinal));
    }

    private void Add()
    {
        _adding = true;
        _removed = null;
    }

    // The page just taken (or just saved from another window, decision 0021) is now a saved page, shown in the same
    // slot; the next page is offered by "Add another page".
    private async Task StoredAsync()
    {
        Errors.RemoveAll(e => e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.ProofOfAddress), StringComparison.Ordinal));
        await ReloadCapturesAsync();
        _adding = false;
    }

    private async Task RemoveAsync(CapturedDocument page)
    {
        if (await CurrentApplicant.GetAsync() is not { } applicant)
        {
            return;
        }

        await RemovePage.HandleAsync(new RemoveProofOfAddressPageCommand(applicant, page.Id));
        await ReloadCapturesAsync();
        Errors.RemoveAll(e => e.Key.StartsWith(CaptureSlot.FieldIdPrefix(DocumentKind.ProofOfAddress), StringComparison.Ordinal));
        _adding = false;
        _generation++;
        _removed = page.PageNumber;
        _focusRemoved = true;
    }

    private string KeyOf(DocumentSubtype type, int page) => $"{type}-{_generation}-{page}";

    private sealed record PageSlot(int Number, CapturedDocument? Saved);
}
