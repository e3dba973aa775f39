using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Web.Components.Admin;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Review.Queue;

/// <summary>
/// The review queue at /office/queue, statically rendered: the filters are a GET form whose values live in the query
/// string, and "Review next" is a POST that claims the next application and opens its review page.
/// </summary>
public sealed partial class QueuePage
{
    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusText { get; set; }

    [SupplyParameterFromQuery(Name = "country")]
    private string? CountryText { get; set; }

    [SupplyParameterFromQuery(Name = "municipality")]
    private string? MunicipalityText { get; set; }

    [SupplyParameterFromQuery(Name = "method")]
    private string? MethodText { get; set; }

    [SupplyParameterFromQuery(Name = "flag")]
    private string? FlagText { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private string? PageText { get; set; }

    [SupplyParameterFromQuery(Name = "channel")]
    private string? ChannelText { get; set; }

    [Inject]
    private GetReviewQueue GetQueue { get; set; } = default!;

    [Inject]
    private GetReviewFilters GetFilters { get; set; } = default!;

    [Inject]
    private ClaimNextApplication ClaimNext { get; set; } = default!;

    private QueueFilter Filter { get; set; } = default!;

    private FilterDate From { get; set; } = default!;

    private FilterDate To { get; set; } = default!;

    private ReviewQueue? Queue { get; set; }

    private ReviewFilters? Filters { get; set; }

    private ClaimStatus? Claim { get; set; }

    protected override async Task OnInitializedAsync()
    {
        From = FilterDate.Read(HttpContext.Request.Query, "from");
        To = FilterDate.Read(HttpContext.Request.Query, "to");
        Filter = QueueFilter.Parse(StatusText, CountryText, MunicipalityText, MethodText, FlagText, From.Value, To.Value, PageText, ChannelText);
        AddErrors("fromDay", From.Impossible ? ["QueueFilter_DateImpossible"] : []);
        AddErrors("toDay", To.Impossible ? ["QueueFilter_DateImpossible"] : []);

        if (HttpContext.Staff() is not { } staff)
        {
            return;
        }

        // An impossible date is said, not silently dropped: the list waits for a real one.
        Queue = Errors.Count == 0 ? (await GetQueue.HandleAsync(Filter.ToQuery(staff), HttpContext.RequestAborted)).Value : null;
        Filters = (await GetFilters.HandleAsync(staff, HttpContext.RequestAborted)).Value;
    }

    private async Task ReviewNextAsync()
    {
        if (HttpContext.Staff() is not { } staff)
        {
            return;
        }

        var result = await ClaimNext.HandleAsync(staff, HttpContext.RequestAborted);
        Claim = result.Status;
        if (result.Status == ClaimStatus.Claimed)
        {
            Navigation.NavigateTo(ReviewPath.Of(result.ReferenceNumber!));
        }
    }
}
