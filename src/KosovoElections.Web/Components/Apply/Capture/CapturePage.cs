using KosovoElections.Application.Registration.Documents;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>
/// A page of capture slots that starts from the photos already saved: opened again after a reload, a dropped connection
/// or on another device, it shows them instead of empty slots, so nobody retakes what is already there (SPEC §4).
/// </summary>
public abstract class CapturePage : ComponentBase
{
    protected IReadOnlyList<CapturedDocument> Captures { get; private set; } = [];

    [Inject]
    private GetMyCaptures GetMyCaptures { get; set; } = default!;

    [Inject]
    private CurrentApplicant CurrentApplicant { get; set; } = default!;

    /// <summary>The photo saved in the slot of <paramref name="kind"/> and <paramref name="subtype"/>, if any.</summary>
    protected CapturedDocument? Saved(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) =>
        Captures.Where(d => d.Kind == kind && d.Subtype == subtype).MaxBy(d => d.CapturedAt);

    /// <summary>The subtype of the latest saved photo of <paramref name="kind"/>, if any.</summary>
    protected DocumentSubtype? SavedSubtype(DocumentKind kind) => Captures.Where(d => d.Kind == kind).MaxBy(d => d.CapturedAt)?.Subtype;

    protected override async Task OnInitializedAsync()
    {
        if (await CurrentApplicant.GetAsync() is { } applicant)
        {
            Captures = await GetMyCaptures.HandleAsync(applicant);
        }

        OnCapturesLoaded();
    }

    protected virtual void OnCapturesLoaded()
    {
    }
}
