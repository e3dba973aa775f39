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
        ];
        return options;
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
