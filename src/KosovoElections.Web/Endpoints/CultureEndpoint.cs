using KosovoElections.Web.Hosting;

namespace KosovoElections.Web.Endpoints;

internal static class CultureEndpoint
{
    /// <summary>
    /// GET /culture?culture=sr-Latn&amp;returnUrl=/status stores the language in a cookie and goes back. A cookie cannot be
    /// set over a Blazor circuit, so the language switch links here; only local return URLs are followed.
    /// </summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (Localization.Supported(culture) is { } supported)
            {
                context.RememberCulture(supported);
            }

            return Results.LocalRedirect(SafeReturnUrl.Or(returnUrl, "/"));
        });
}
