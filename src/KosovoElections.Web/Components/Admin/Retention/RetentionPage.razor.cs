using KosovoElections.Application.Administration.Retention;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Components.Shared;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Retention;

/// <summary>"Purge now", then <see cref="Confirmed"/> once the admin has read what it deletes.</summary>
public sealed class PurgeForm
{
    public bool Confirmed { get; set; }
}

/// <summary>
/// The retention rule at /office/admin/retention (SPEC §6, T-DP-01), statically rendered: the setting, each election's
/// purge day and the documents still holding images, and "Purge now", which asks for confirmation and then runs
/// <see cref="PurgeIdentityImages"/>, the use case of the daily job and of `retention purge`, in the admin's name.
/// </summary>
public sealed partial class RetentionPage
{
    [SupplyParameterFromForm(FormName = "purge", Name = "Form")]
    protected override PurgeForm? Posted { get; set; }

    [Inject]
    private GetRetentionOverview GetOverview { get; set; } = default!;

    [Inject]
    private PurgeIdentityImages Purge { get; set; } = default!;

    private RetentionOverview? Overview { get; set; }

    private ImagesPurged? Purged { get; set; }

    private string? Refusal { get; set; }

    /// <summary>"Purge now" was pressed: the page asks before anything is deleted.</summary>
    private bool Confirming => Posted is { Confirmed: false };

    protected override async Task OnInitializedAsync() => Overview = await GetOverview.HandleAsync(HttpContext.RequestAborted);

    private string LastRun(LastPurge? last) => last is null ? T["Retention_LastRunNever"]
        : T[last.ActorKind == ActorKind.Staff ? "Retention_LastRunByStaff" : "Retention_LastRunBySystem", KosovoTime.Instant(last.At)];

    private async Task PurgeAsync()
    {
        if (!Form.Confirmed)
        {
            return;
        }

        if (HttpContext.Staff() is not { } staff || !staff.May(Permission.ManageElections))
        {
            Refusal = PurgeIdentityImages.NotAllowed;
            return;
        }

        var outcome = await Purge.HandleAsync(PurgeIdentityImagesCommand.ByStaff(staff), HttpContext.RequestAborted);
        Purged = outcome.Value;
        Refusal = outcome.Succeeded ? null : outcome.Errors[0].Key;
        Overview = await GetOverview.HandleAsync(HttpContext.RequestAborted);
    }
}
