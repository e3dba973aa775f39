using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>The three language links: each goes to /culture and back to the page the reader is on.</summary>
public sealed class LanguageSwitchTests : LocalizedComponentTest
{
    [Fact]
    public void Render_OnAPage_LinksEachLanguageBackToThatPageWithoutItsQuery()
    {
        using var _ = InCulture("sq");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/apply/status?step=2");

        var links = Render<LanguageSwitch>().FindAll("a");

        Assert.Equal(
            [
                ("Shqip", "/culture?culture=sq&returnUrl=%2Fapply%2Fstatus"),
                ("Srpski", "/culture?culture=sr-Latn&returnUrl=%2Fapply%2Fstatus"),
                ("English", "/culture?culture=en&returnUrl=%2Fapply%2Fstatus"),
            ],
            links.Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Theory]
    [InlineData("sq", "Gjuha")]
    [InlineData("sr-Latn", "Jezik")]
    [InlineData("en", "Language")]
    public void Render_InCulture_MarksOnlyThatLanguageAsCurrent(string culture, string navigationLabel)
    {
        using var _ = InCulture(culture);

        var languageSwitch = Render<LanguageSwitch>();

        Assert.Equal(navigationLabel, languageSwitch.Find("nav").GetAttribute("aria-label"));
        var current = languageSwitch.FindAll("a[aria-current]");
        var link = Assert.Single(current);
        Assert.Equal("language-" + culture, link.GetAttribute("data-testid"));
        Assert.Equal("true", link.GetAttribute("aria-current"));
    }
}
