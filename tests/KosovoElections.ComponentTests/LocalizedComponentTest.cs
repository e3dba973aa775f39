using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests;

/// <summary>
/// A bUnit context with the app's real localization: the texts come from the Web assembly's Resources/Text*.resx
/// (Albanian in the main assembly, sr-Latn and en in its satellite assemblies), as in the running site.
/// </summary>
public abstract class LocalizedComponentTest : BunitContext
{
    protected LocalizedComponentTest() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    /// <summary>Renders in <paramref name="culture"/> as the request localization middleware would set it, until disposed.</summary>
    protected static IDisposable InCulture(string culture) => new CultureScope(CultureInfo.GetCultureInfo(culture));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
