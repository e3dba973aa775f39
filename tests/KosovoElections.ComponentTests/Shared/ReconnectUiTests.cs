using KosovoElections.Web.Components.Shared;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>The reconnect notice that blazor.web.js shows in one of three states when the circuit drops.</summary>
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
}
