using KosovoElections.Application.Documents;
using Microsoft.AspNetCore.Http.Features;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The one page that takes files (/office/postal/new): a POST whose declared length is over the limit is turned away
/// before a byte of its body is read, back to the page with a message; a body sent without a length stops at the same
/// limit. Runs after authorization, so only a staff member allowed on the page gets this far.
/// </summary>
public static class UploadLimits
{
    public const string PostalEntryPath = "/office/postal/new";

    /// <summary>One file: the larger of the JPEG (8 MB) and PDF (10 MB) limits; each is checked again by its own rules.</summary>
    public const long MaxFileBytes = PdfScan.MaxBytes;

    /// <summary>Two files and the form's fields.</summary>
    public const long MaxRequestBytes = (2 * MaxFileBytes) + (1024 * 1024);

    public static void UseUploadLimits(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(PostalEntryPath, StringComparison.OrdinalIgnoreCase))
        {
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = PostalEntryPath + "?too-large=1";
                context.Response.Headers.Connection = "close";
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = MaxRequestBytes;
            }
        }

        await next();
    });
}
