using System.Globalization;

namespace KosovoElections.Web.Components.Shared;

/// <summary>
/// The CLDR plural category of a whole number in the site's languages, so "1 day" / "21 dan" / "23 sata" read right.
/// Texts that count have one key per category: <c>{Key}_One</c>, <c>{Key}_Few</c>, <c>{Key}_Other</c> (Albanian and
/// English use only one and other; their "few" text repeats "other"). The browser picks the same category with
/// <c>Intl.PluralRules</c> (js/countdown.js).
/// </summary>
public static class Plural
{
    public static string Category(long n, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        // Serbian: one for 1, 21, 31… (not 11); few for 2–4, 22–24… (not 12–14); other for the rest.
        "sr" when n % 10 == 1 && n % 100 != 11 => "One",
        "sr" when n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 => "Few",
        "sr" => "Other",
        _ => n == 1 ? "One" : "Other",
    };

    /// <summary>The key of <paramref name="key"/>'s text for <paramref name="n"/> in the current UI language.</summary>
    public static string Key(string key, long n) => $"{key}_{Category(n, CultureInfo.CurrentUICulture)}";
}
