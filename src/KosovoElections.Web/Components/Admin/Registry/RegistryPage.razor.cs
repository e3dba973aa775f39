using KosovoElections.Application.Common;
using KosovoElections.Application.Registry.Upload;
using KosovoElections.Domain.Registry;
using KosovoElections.Web.Endpoints;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Admin.Registry;

/// <summary>
/// The civil registry at /office/admin/registry (SPEC §6): the upload form, posted to <see cref="RegistryUploadEndpoint"/>;
/// while an import runs, how far it has read (the page reloads itself every few seconds); then its report. A refused
/// upload comes back with its problem in the query string.
/// </summary>
public sealed partial class RegistryPage
{
    private const int RefreshSeconds = 2;

    [SupplyParameterFromQuery(Name = "problem")]
    private string? Problem { get; set; }

    [Inject]
    private GetLatestRegistryImport GetLatest { get; set; } = default!;

    [Inject]
    private RegistryUploadOptions Options { get; set; } = default!;

    private RegistryImport? Import { get; set; }

    private long RowsRead { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (HttpContext.Staff() is not { } staff)
        {
            return;
        }

        var latest = await GetLatest.HandleAsync(staff, HttpContext.RequestAborted);
        if (!latest.Allowed)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        (Import, RowsRead) = (latest.Import, latest.RowsRead);
        if (Enum.TryParse<RegistryUploadProblem>(Problem, ignoreCase: false, out var problem) && Enum.IsDefined(problem))
        {
            Errors.Add(new KeyValuePair<string, string>("file", problem == RegistryUploadProblem.TooLarge ? T[TextKey.For(problem), Options.MaxMegabytes] : T[TextKey.For(problem)]));
        }
    }
}
