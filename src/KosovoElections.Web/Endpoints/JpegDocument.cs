using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

/// <summary>How a decrypted document leaves the server, for applicants and staff alike.</summary>
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

    /// <summary>
    /// A paper application's PDF scan (decision 0016): a download, never shown in the office's own origin, so the
    /// reader's PDF viewer opens it; like an image, never cached and never sniffed as anything else.
    /// </summary>
    public static IResult ServePdf(HttpContext context, byte[] bytes)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.UseContentSecurityPolicy(ContentSecurityPolicy);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"document.pdf\"";
        return Results.File(bytes, "application/pdf");
    }
}
