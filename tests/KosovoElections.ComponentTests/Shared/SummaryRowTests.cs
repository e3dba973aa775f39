using KosovoElections.Web.Components.Shared;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>
/// A row of a summary list (check your answers, the overview): GOV.UK's markup, so a long e-mail address is a value of its
/// own and never glued onto the "Change" link, and the link says what it changes to those who hear it alone.
/// </summary>
public sealed class SummaryRowTests : LocalizedComponentTest
{
    private const string Email = "blerta.shala.with.a.long.address@example.net";

    [Theory]
    [InlineData("sq", "Ndrysho")]
    [InlineData("sr-Latn", "Promeni")]
    [InlineData("en", "Change")]
    public void Render_Changeable_KeyValueAndLinkInCellsOfTheirOwn(string culture, string change)
    {
        using var _ = InCulture(culture);

        var row = Render<SummaryRow>(p => p
            .Add(r => r.Label, "E-mail")
            .Add(r => r.Change, "/apply/email")
            .Add(r => r.ChangeTestId, "change-email")
            .AddChildContent(Email));

        Assert.Equal(["summary-list__key", "summary-list__value", "summary-list__actions"], row.Find(".summary-list__row").Children.Select(c => c.ClassName));
        Assert.Equal("E-mail", row.Find("dt.summary-list__key").TextContent);
        Assert.Equal(Email, row.Find("dd.summary-list__value").TextContent);
        var link = row.Find("dd.summary-list__actions a[data-testid=change-email]");
        Assert.Equal("/apply/email", link.GetAttribute("href"));
        Assert.Equal(change + " E-mail", link.TextContent);
        Assert.Equal(" E-mail", link.QuerySelector(".visually-hidden")!.TextContent);
    }

    [Fact]
    public void Render_NotChangeable_NoActionsCell()
    {
        using var _ = InCulture("en");

        var row = Render<SummaryRow>(p => p.Add(r => r.Label, "E-mail").AddChildContent(Email));

        Assert.Empty(row.FindAll(".summary-list__actions, a"));
        Assert.Equal(Email, row.Find("dd.summary-list__value").TextContent);
    }
}
