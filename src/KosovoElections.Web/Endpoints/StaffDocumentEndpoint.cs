using KosovoElections.Application.Review;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

internal static class StaffDocumentEndpoint
{
    /// <summary>
    /// GET /office/documents/{id}/image|thumbnail: a submitted application's document for a staff member allowed to view
    /// applicant documents; every view is audited by <see cref="ViewApplicantDocument"/>. Unknown or draft: 404. A paper
    /// application's PDF scan comes as a download (its "image"; it has no thumbnail).
    /// </summary>
    public static void MapStaffDocumentEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/office/documents/{id:guid}/{variant}", async (Guid id, string variant, HttpContext context, ViewApplicantDocument view) =>
        {
            if (variant is not ("image" or "thumbnail") || context.Staff() is not { } staff)
            {
                return Results.NotFound();
            }

            return await view.HandleAsync(staff, id, variant == "thumbnail", context.RequestAborted) switch
            {
                null => Results.NotFound(),
                { Format: DocumentFormat.Pdf } pdf => JpegDocument.ServePdf(context, pdf.Bytes),
                var jpeg => JpegDocument.Serve(context, jpeg.Bytes),
            };
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute()).RequireAuthorization(new RequirePermissionAttribute(Permission.ViewApplicantDocuments));
}
