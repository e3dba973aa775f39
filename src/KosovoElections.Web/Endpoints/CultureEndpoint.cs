using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Localization;

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
            var supported = Localization.Supported(culture);
            if (supported is not null)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }

            return Results.LocalRedirect(SafeReturnUrl.Or(returnUrl, "/"));
        });
}
