using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>The reconnect notice that blazor.web.js shows in one of its states when the circuit drops.</summary>
public sealed class ReconnectUiTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Lidhja u ndërpre.", "Nuk u lidhëm dot përsëri.", "Sesioni në këtë faqe përfundoi.", "Ringarko faqen")]
    [InlineData("sr-Latn", "Veza je prekinuta.", "Ponovno povezivanje nije uspelo.", "Sesija na ovoj stranici je završena.", "Ponovo učitaj stranicu")]
    [InlineData("en", "The connection was lost.", "We could not reconnect.", "The session on this page has ended.", "Reload the page")]
    public void Render_InCulture_HasTheThreeStatesInThatLanguage(string culture, string show, string failed, string rejected, string reload)
    {
        using var _ = InCulture(culture);

        // blazor.web.js finds the notice by this id and switches the state by class.
        var notice = Render<ReconnectUi>().Find("#components-reconnect-modal");

        Assert.Equal("alert", notice.GetAttribute("role"));
        Assert.StartsWith(show, notice.QuerySelector(".reconnect__show")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(failed, notice.QuerySelector(".reconnect__failed")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(rejected, notice.QuerySelector(".reconnect__rejected")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([reload, reload], notice.QuerySelectorAll(".reconnect__failed a, .reconnect__rejected a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("sq", "Faqja u ndal përkohësisht.", "Vazhdo")]
    [InlineData("sr-Latn", "Stranica je privremeno zaustavljena.", "Nastavi")]
    [InlineData("en", "This page was paused.", "Resume")]
    public void Render_InCulture_OffersToResumeAPausedPageInThatLanguage(string culture, string paused, string resume)
    {
        using var _ = InCulture(culture);

        // .NET 10's blazor.web.js marks a paused page components-reconnect-paused; js/reconnect.js wires the button.
        var notice = Render<ReconnectUi>().Find("#components-reconnect-modal .reconnect__paused");

        Assert.StartsWith(paused, notice.TextContent, StringComparison.Ordinal);
        var button = notice.QuerySelector("button[data-reconnect-resume]");
        Assert.Equal(resume, button?.TextContent);
        Assert.Equal("button", button?.GetAttribute("type"));
    }

    [Theory]
    [InlineData("/apply/selfie?culture=en", "/apply/selfie?culture=en")]
    [InlineData("/", "/")]
    [InlineData("http://localhost//attacker.example/apply", "/attacker.example/apply")]
    public void Reload_LeadsBackToThePageItIsOn_NeverToAnotherSite(string page, string expected)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(page);

        var links = Render<ReconnectUi>().FindAll("[data-testid=reconnect-reload]");

        Assert.Equal([expected, expected], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("false", a.GetAttribute("data-enhance-nav")));
    }
}
