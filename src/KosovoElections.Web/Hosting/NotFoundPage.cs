using Microsoft.AspNetCore.Diagnostics;

namespace KosovoElections.Web.Hosting;

internal static class NotFoundPage
{
    public const string Path = "/not-found";

    /// <summary>
    /// An empty 404 (an address no page or endpoint has) is answered with the site's own "Page not found" in the
    /// reader's language, with a way back to the start, still with status 404. Other empty statuses stay as they were,
    /// and an endpoint that means an empty 404 (a document image) opts out with <c>[SkipStatusCodePages]</c> (its metadata, <see cref="Microsoft.AspNetCore.Http.Metadata.ISkipStatusCodePagesMetadata"/>).
    /// </summary>
    public static IApplicationBuilder UseNotFoundPage(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true);
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status404NotFound && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
    }
}
