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

    public static bool IsSerbian => CultureInfo.CurrentUICulture.Name.StartsWith("sr", StringComparison.Ordinal);
}
