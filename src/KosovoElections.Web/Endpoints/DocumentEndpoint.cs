using KosovoElections.Application.Registration.Capture;
using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

internal static class DocumentEndpoint
{
    /// <summary>
    /// GET /apply/documents/{id}/image|thumbnail: the signed-in applicant's own capture, decrypted on the way out, never
    /// cached, never interpreted as anything but a JPEG. Another person's document is indistinguishable from none.
    /// </summary>
    public static void MapDocumentEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/apply/documents/{id:guid}/{variant}", async (Guid id, string variant, HttpContext context, ReadOwnDocument read) =>
        {
            if (variant is not ("image" or "thumbnail") || context.Applicant() is not { } applicant)
            {
                return Results.NotFound();
            }

            var bytes = await read.HandleAsync(applicant, id, variant == "thumbnail", context.RequestAborted);
            return bytes is null ? Results.NotFound() : JpegDocument.Serve(context, bytes);
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute()).RequireAuthorization(new AuthorizeApplicantAttribute());
}
