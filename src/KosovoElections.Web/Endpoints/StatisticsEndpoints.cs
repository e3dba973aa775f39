using System.Globalization;
using KosovoElections.Application.Exports;
using KosovoElections.Application.Statistics;
using KosovoElections.Web.Components.Shared;
using KosovoElections.Web.Components.Statistics;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Endpoints;

internal static class StatisticsEndpoints
{
    /// <summary>
    /// GET /statistics.csv and /statistics.json: the public page's figures for journalists, the same protected counts
    /// (a hidden one has no number, only its note), names in the language asked for (?culture=). No sign-in.
    /// </summary>
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/statistics.csv", async (HttpContext context, GetPublicStatistics statistics, IStringLocalizer<Text> t) =>
        {
            if (await statistics.HandleAsync(context.RequestAborted) is not { } figures)
            {
                return Results.NotFound();
            }

            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"statistics.csv\"";
            await using (var file = await CsvFile.StartAsync(context.Response.Body, ["section", "key", "name", "count", "note"], context.RequestAborted))
            {
                await file.WriteRowAsync(["election", string.Empty, figures.ElectionName.InPageLanguage(), string.Empty, string.Empty], context.RequestAborted);
                await file.WriteRowAsync(["as-of", string.Empty, AsOf(figures), string.Empty, string.Empty], context.RequestAborted);
                foreach (var line in StatisticsLines.Of(figures, t))
                {
                    await file.WriteRowAsync(
                        [line.Section, line.Key, line.Name, line.Count.Value is { } n ? PublishedCountText.Number(n) : string.Empty, PublishedCountText.Note(line.Count)],
                        context.RequestAborted);
                }
            }

            return Results.Empty;
        });

        endpoints.MapGet("/statistics.json", async (HttpContext context, GetPublicStatistics statistics, IStringLocalizer<Text> t) =>
        {
            if (await statistics.HandleAsync(context.RequestAborted) is not { } figures)
            {
                return Results.NotFound();
            }

            return Results.Json(new
            {
                election = figures.ElectionName.InPageLanguage(),
                electionDay = figures.ElectionDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                asOf = AsOf(figures),
                smallestCountShown = SmallCounts.Threshold,
                tables = StatisticsLines.Of(figures, t).GroupBy(l => l.Section).ToDictionary(
                    g => g.Key,
                    g => g.Select(l => new { key = l.Key, name = l.Name, count = l.Count.Value, note = PublishedCountText.Note(l.Count) })),
            });
        });
    }

    private static string AsOf(PublicFigures figures) => figures.AsOf.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
