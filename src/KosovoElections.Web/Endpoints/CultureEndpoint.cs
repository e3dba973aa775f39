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

            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        });
}

/// <summary>
/// Refuses open redirects: only paths on this site are followed. Anything but printable ASCII is refused too: a
/// control character is what LocalRedirect itself throws on (a 500 and a stack trace for any anonymous visitor), and
/// a Location header cannot carry other characters.
/// </summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && url.All(c => c is > ' ' and < '\x7f' and not '\\')
            ? url
            : "/";
}
