using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

/// <summary>How a decrypted document image leaves the server, for applicants and staff alike.</summary>
internal static class JpegDocument
{
    public const string ContentSecurityPolicy = "default-src 'none'; sandbox";

    /// <summary>
    /// Never cached (by the browser or a proxy), never interpreted as anything but a JPEG, never able to run anything.
    /// </summary>
    public static IResult Serve(HttpContext context, byte[] bytes)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        context.UseContentSecurityPolicy(ContentSecurityPolicy);
        context.Response.Headers.ContentDisposition = "inline; filename=\"document.jpg\"";
        return Results.File(bytes, "image/jpeg");
    }
}
