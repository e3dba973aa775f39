using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace KosovoElections.Web.Hosting;

/// <summary>Albanian by default, Serbian (Latin) and English on request: ?culture=, then the culture cookie, then Accept-Language.</summary>
internal static class Localization
{
    public const string Albanian = "sq";
    public const string Serbian = "sr-Latn";
    public const string English = "en";

    public static readonly string[] Cultures = [Albanian, Serbian, English];

    public static IServiceCollection AddElectionsLocalization(this IServiceCollection services) =>
        services.AddLocalization(o => o.ResourcesPath = "Resources");

    public static RequestLocalizationOptions RequestLocalizationOptions()
    {
        var options = new RequestLocalizationOptions { FallBackToParentCultures = true, FallBackToParentUICultures = true }
            .SetDefaultCulture(Albanian)
            .AddSupportedCultures(Cultures)
            .AddSupportedUICultures(Cultures);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
            new CustomRequestCultureProvider(BrowserLanguageFamily),
        ];
        return options;
    }

    /// <summary>
    /// Browsers send "sr-RS", "sr" or "sq-AL"; the exact match above fails for those, so the language family decides.
    /// </summary>
    private static Task<ProviderCultureResult?> BrowserLanguageFamily(HttpContext context)
    {
        var languages = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Supported(l.Value.Value))
            .OfType<string>();
        var first = languages.FirstOrDefault();
        return Task.FromResult(first is null ? null : new ProviderCultureResult(first));
    }

    /// <summary>Maps "sr", "sr-RS", "sr-Latn-RS" and the like to a supported culture, or null.</summary>
    public static string? Supported(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return null;
        }

        return Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
            ?? (culture.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? Serbian
            : culture.StartsWith("sq", StringComparison.OrdinalIgnoreCase) ? Albanian
            : culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
            : null);
    }

    /// <summary>Keeps an explicit choice of language (a link's <c>?culture=</c>, the language switch) for a year.</summary>
    public static void RememberCulture(this HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });

    /// <summary>
    /// A page opened with <c>?culture=</c> (a link shared in Serbian, a reload after the language switch) remembers the
    /// choice, so that the next page does not fall back to the browser's language: most of the diaspora's phones are set
    /// to German or another language the site does not offer.
    /// </summary>
    public static IApplicationBuilder UseRememberedCultureChoice(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Supported(context.Request.Query["culture"]) is { } chosen
            && context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)))
        {
            context.RememberCulture(chosen);
        }

        await next(context);
    });

    public static bool IsSerbian => CultureInfo.CurrentUICulture.Name.StartsWith("sr", StringComparison.Ordinal);
}
