using KosovoElections.Application.Exports;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

internal static class ExportEndpoints
{
    /// <summary>
    /// GET /office/admin/exports/*.csv: the admins' exports, streamed onto the response. The policy refuses anyone
    /// without Permission.Export before the handler runs, and the use case checks it again before it audits or reads.
    /// </summary>
    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/office/admin/exports")
            .RequireAuthorization(new RequirePermissionAttribute(Permission.Export))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());

        exports.MapGet("/approved-voters.csv", async (HttpContext context, ExportApprovedVoters export, int? municipality) =>
            context.Staff() is { } staff
                ? await SendAsync(context, await export.HandleAsync(new ExportApprovedVotersCommand(staff, municipality), context.RequestAborted))
                : Results.StatusCode(StatusCodes.Status403Forbidden));

        exports.MapGet("/mailing-list.csv", async (HttpContext context, ExportMailingList export, string? method, string? country) =>
        {
            if (context.Staff() is not { } staff)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            ReturnMethod? returnMethod = null;
            if (!string.IsNullOrEmpty(method))
            {
                if (!Enum.TryParse<ReturnMethod>(method, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return Results.NotFound();
                }

                returnMethod = parsed;
            }

            var command = new ExportMailingListCommand(staff, returnMethod, string.IsNullOrEmpty(country) ? null : country);
            return await SendAsync(context, await export.HandleAsync(command, context.RequestAborted));
        });

        exports.MapGet("/daily-statistics.csv", async (HttpContext context, ExportDailyStatistics export) =>
            context.Staff() is { } staff ? await SendAsync(context, await export.HandleAsync(staff, context.RequestAborted)) : Results.StatusCode(StatusCodes.Status403Forbidden));
    }

    /// <summary>Streams a granted export as an attachment that no cache keeps; a refusal is 403, an unknown filter or no election 404.</summary>
    private static async Task<IResult> SendAsync(HttpContext context, ExportResult result)
    {
        if (result is not { Status: ExportStatus.Ready, File: { } file })
        {
            return result.Status == ExportStatus.NotAllowed ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.NotFound();
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        context.Response.Headers.CacheControl = "no-store";
        await file.WriteAsync(context.Response.Body, context.RequestAborted);
        return Results.Empty;
    }
}
