using KosovoElections.Domain.Registry;
using KosovoElections.Web.Components.Review.Screen;

namespace KosovoElections.ComponentTests.Review.Screen;

/// <summary>The registry beside the application: what cannot be right is marked in words, in the reader's language.</summary>
public sealed class RegistryComparisonTests : LocalizedComponentTest
{
    [Fact]
    public void Render_ActiveAdult_MarksNothing()
    {
        using var _ = InCulture("en");

        var table = Render<RegistryComparison>(p => p.Add(c => c.Review, ReviewSample.Application()));

        Assert.Empty(table.FindAll("[data-mismatch=true]"));
        Assert.Contains("Blerta Shala", table.Find("[data-testid=compare-name]").TextContent);
        Assert.Contains("Rahovec / Orahovac", table.Find("[data-testid=compare-municipality]").TextContent);
        Assert.Contains("01.01.1990", table.Find("[data-testid=compare-date-of-birth]").TextContent);
    }

    [Theory]
    [InlineData("sq", "Nën 18 vjeç në ditën e zgjedhjeve", "Nuk është aktiv")]
    [InlineData("sr-Latn", "Mlađi od 18 godina na dan izbora", "Nije aktivan")]
    [InlineData("en", "Under 18 on election day", "Not active")]
    public void Render_MinorOrDeceased_MarksTheRowInWords(string culture, string underAge, string notActive)
    {
        using var _ = InCulture(culture);

        var table = Render<RegistryComparison>(p => p.Add(c => c.Review, ReviewSample.Application(ageOnElectionDay: 17, status: RegistryStatus.Deceased)));

        Assert.Equal("true", table.Find("[data-testid=compare-age]").GetAttribute("data-mismatch"));
        Assert.Contains(underAge, table.Find("[data-testid=compare-age]").TextContent);
        Assert.Equal("true", table.Find("[data-testid=compare-registry-status]").GetAttribute("data-mismatch"));
        Assert.Contains(notActive, table.Find("[data-testid=compare-registry-status]").TextContent);
    }
}
