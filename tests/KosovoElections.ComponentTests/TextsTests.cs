using System.Collections;
using System.Globalization;
using System.Resources;

namespace KosovoElections.ComponentTests;

/// <summary>Every user-visible text exists in Albanian, Serbian (Latin) and English, and is not left empty.</summary>
public sealed class TextsTests
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(KosovoElections.Web.Text).Assembly);

    [Theory]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public void EveryAlbanianText_HasItsOwnTranslation(string culture)
    {
        var albanian = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(culture));

        Assert.True(albanian.Count > 50, "the Albanian texts were not found");
        Assert.Empty(albanian.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(albanian.Keys));
        Assert.DoesNotContain(translated, t => string.IsNullOrWhiteSpace(t.Value));
    }

    [Fact]
    public void Texts_WithPlaceholders_KeepThemInEveryLanguage()
    {
        var albanian = Entries(CultureInfo.InvariantCulture);
        foreach (var culture in new[] { "sr-Latn", "en" })
        {
            var translated = Entries(CultureInfo.GetCultureInfo(culture));
            foreach (var (key, text) in albanian)
            {
                Assert.True(text.Contains("{0}", StringComparison.Ordinal) == translated[key].Contains("{0}", StringComparison.Ordinal), $"{key} in {culture}");
            }
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
