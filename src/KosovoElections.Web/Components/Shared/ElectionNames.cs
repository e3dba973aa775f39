using System.Globalization;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Web.Components.Shared;

public static class ElectionNames
{
    /// <summary>The election's name in the language the page is rendered in.</summary>
    public static string InPageLanguage(this ElectionName name) => name.In(CultureInfo.CurrentUICulture.Name);
}
