using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>
/// A page of capture slots that starts from the photos already saved: opened again after a reload, a dropped connection
/// or on another device, it shows them instead of empty slots, so nobody retakes what is already there (SPEC §4).
/// Its Continue checks like every other step: a required photo missing, or one taken but not used, keeps the applicant
/// on the page with an error summary and the message at the photo; nothing is dropped silently.
/// The page follows the applicant's session while it stays open (T-SES-03): when the circuit's revalidation
/// (<see cref="SessionRevalidation"/>) finds it ended (signed out in another tab, idle or absolute limit), the page is left
/// for the sign-in at once rather than offering a camera whose every photo the server would refuse.
/// </summary>
public abstract class CapturePage : ComponentBase, IDisposable
{
    /// <summary>The aspect of a document's text that asks for its photo: <c>TextKey.For(DocumentKind.Selfie, PhotoRequired)</c>.</summary>
    protected const string PhotoRequired = nameof(PhotoRequired);

    private bool _focusSummary;

    protected IReadOnlyList<CapturedDocument> Captures { get; private set; } = [];

    /// <summary>Field id → message, in the order of the page; the ids are those of <see cref="CaptureSlot.FieldId"/> or of a first radio.</summary>
    protected List<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>The slots on the page by their field id, filled by <c>@ref</c>; only the ones the page shows now are asked.</summary>
    protected Dictionary<string, CaptureSlot> Slots { get; } = [];

    /// <summary>The box around the error summary, focused when Continue finds a problem.</summary>
    protected ElementReference SummaryBox { get; set; }

    [Inject]
    protected IStringLocalizer<Text> T { get; set; } = default!;

    [Inject]
    private GetMyCaptures GetMyCaptures { get; set; } = default!;

    [Inject]
    private CurrentApplicant CurrentApplicant { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private GetMyApplication GetMyApplication { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>The photo saved in the slot of <paramref name="kind"/> and <paramref name="subtype"/>, if any.</summary>
    protected CapturedDocument? Saved(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) =>
        Captures.Where(d => d.Kind == kind && d.Subtype == subtype).MaxBy(d => d.CapturedAt);

    /// <summary>The subtype of the latest saved photo of <paramref name="kind"/>, if any.</summary>
    protected DocumentSubtype? SavedSubtype(DocumentKind kind) => Captures.Where(d => d.Kind == kind).MaxBy(d => d.CapturedAt)?.Subtype;

    /// <summary>The step of the application this page completes.</summary>
    protected abstract ApplicationStep Step { get; }

    protected string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    /// <summary>
    /// The problems that keep the applicant on the page, in the page's order: for each photo the page asks for now, call
    /// <see cref="CheckPhoto"/>; for a choice not made, add its message under the first radio's id.
    /// </summary>
    protected abstract IEnumerable<KeyValuePair<string, string>> Problems();

    /// <summary>A photo taken but not used yet, or none saved in the slot: <paramref name="missing"/> names what to photograph.</summary>
    protected KeyValuePair<string, string>? CheckPhoto(DocumentKind kind, DocumentSubtype subtype, string title, string missing)
    {
        var field = CaptureSlot.FieldId(kind, subtype);
        if (Slots.TryGetValue(field, out var slot) && slot.HoldsUnusedPhoto)
        {
            return new(field, T["Photo_NotUsed", title]);
        }

        return Saved(kind, subtype) is null ? new(field, missing) : null;
    }

    /// <summary>Once a photo is saved its own message goes; the others stay until Continue is pressed again.</summary>
    protected void PhotoStored(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) =>
        Errors.RemoveAll(e => e.Key == CaptureSlot.FieldId(kind, subtype));

    /// <summary>
    /// Checks against the photos saved on the server now (another tab or device may have added some), then goes on to the
    /// next unfinished step; the steps after this one refuse an incomplete application whatever this page said.
    /// </summary>
    protected async Task ContinueAsync()
    {
        await LoadCapturesAsync();
        Errors.Clear();
        Errors.AddRange(Problems());
        if (Errors.Count == 0)
        {
            var applicant = await CurrentApplicant.GetAsync();
            Navigation.NavigateTo(NextPath(applicant is null ? null : await GetMyApplication.HandleAsync(applicant)));
            return;
        }

        _focusSummary = true;
    }

    protected override async Task OnInitializedAsync()
    {
        Authentication.AuthenticationStateChanged += SessionChecked;
        await LoadCapturesAsync();
        OnCapturesLoaded();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // GOV.UK: the summary takes the focus, so the applicant hears what is wrong and can follow its links.
        if (_focusSummary && SummaryBox.Context is not null)
        {
            _focusSummary = false;
            await SummaryBox.FocusAsync();
        }
    }

    protected virtual void OnCapturesLoaded()
    {
    }

    /// <summary>Where Continue leads once nothing is missing: the next unfinished step.</summary>
    protected virtual string NextPath(MyApplication? application) => ApplicationSteps.After(Step, application);

    /// <summary>Reads the saved photos again, after this page added or removed one.</summary>
    protected Task ReloadCapturesAsync() => LoadCapturesAsync();

    public void Dispose()
    {
        Authentication.AuthenticationStateChanged -= SessionChecked;
        GC.SuppressFinalize(this);
    }

    private void SessionChecked(Task<AuthenticationState> checkedState) => _ = InvokeAsync(async () =>
    {
        if ((await checkedState).User.SessionId() is null)
        {
            Shared.RedirectToSignIn.Leave(Navigation);
        }
    });

    private async Task LoadCapturesAsync()
    {
        if (await CurrentApplicant.GetAsync() is { } applicant)
        {
            Captures = await GetMyCaptures.HandleAsync(applicant);
        }
    }
}
