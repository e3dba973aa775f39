using KosovoElections.Application.Review;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

internal static class StaffDocumentEndpoint
{
    /// <summary>
    /// GET /office/documents/{id}/image|thumbnail: a submitted application's document for a staff member allowed to view
    /// applicant documents; every view is audited by <see cref="ViewApplicantDocument"/>. Unknown or draft: 404.
    /// </summary>
    public static void MapStaffDocumentEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/office/documents/{id:guid}/{variant}", async (Guid id, string variant, HttpContext context, ViewApplicantDocument view) =>
        {
            if (variant is not ("image" or "thumbnail") || context.Staff() is not { } staff)
            {
                return Results.NotFound();
            }

            var bytes = await view.HandleAsync(staff, id, variant == "thumbnail", context.RequestAborted);
            return bytes is null ? Results.NotFound() : JpegDocument.Serve(context, bytes);
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute()).RequireAuthorization(new RequirePermissionAttribute(Permission.ViewApplicantDocuments));
}
