using KosovoElections.Application.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Components.Admin;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Audit;

/// <summary>
/// The audit log at /office/audit for supervisors and admins, statically rendered: the filters are a GET form whose
/// values live in the query string (<see cref="AuditFilter"/>), newest first, fifty a page; "Verify the audit chain"
/// is a POST that runs <see cref="VerifyAuditChain"/>, the use case of `audit verify`.
/// </summary>
public sealed partial class AuditPage
{
    [SupplyParameterFromQuery(Name = "reference")]
    private string? ReferenceText { get; set; }

    [SupplyParameterFromQuery(Name = "staff")]
    private string? StaffText { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    private string? ActionText { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private string? PageText { get; set; }

    [Inject]
    private SearchAuditLog Search { get; set; } = default!;

    [Inject]
    private VerifyAuditChain Verify { get; set; } = default!;

    private AuditFilter Filter { get; set; } = default!;

    private FilterDate From { get; set; } = default!;

    private FilterDate To { get; set; } = default!;

    private AuditResults? Results { get; set; }

    private AuditVerification? Verification { get; set; }

    protected override async Task OnInitializedAsync()
    {
        From = FilterDate.Read(HttpContext.Request.Query, "from", withTime: true);
        To = FilterDate.Read(HttpContext.Request.Query, "to", withTime: true);
        Filter = AuditFilter.Parse(ReferenceText, StaffText, ActionText, From.Value, To.Value, PageText);
        AddErrors("fromDay", From.Impossible ? ["Audit_TimeInvalid"] : []);
        AddErrors("toDay", To.Impossible ? ["Audit_TimeInvalid"] : []);
        foreach (var (field, key) in Filter.Problems())
        {
            Errors.Add(new(field, T[key]));
        }

        if (Errors.Count == 0 && HttpContext.Staff() is { } staff)
        {
            Results = (await Search.HandleAsync(Filter.ToSearch(staff), HttpContext.RequestAborted)).Value;
        }
    }

    private async Task VerifyAsync()
    {
        if (HttpContext.Staff() is not { } staff || !staff.May(Permission.ViewAudit))
        {
            return;
        }

        Verification = await Verify.HandleAsync(HttpContext.RequestAborted);
    }
}
