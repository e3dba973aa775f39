using KosovoElections.Application.Review.Screen;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Components.Review.Screen;

namespace KosovoElections.ComponentTests.Review.Screen;

/// <summary>The flags in the reader's language, with a link to the other application's review screen.</summary>
public sealed class FlagListTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "E njëjta fotografi në një aplikim tjetër", "Selfie")]
    [InlineData("sr-Latn", "Ista fotografija u drugoj prijavi", "Selfi")]
    [InlineData("en", "Same photo on another application", "Selfie")]
    public void Render_SameImage_NamesThePhotoAndLinksTheOtherApplication(string culture, string kind, string selfie)
    {
        using var _ = InCulture(culture);
        FlagForReview flag = new(FlagKind.SameImage, "KE-CMT6VVEA", [DocumentKind.Selfie], null, []);

        var list = Render<FlagList>(p => p.Add(c => c.Flags, [flag]));

        var item = list.Find("[data-testid=review-flag]");
        Assert.Equal("SameImage", item.GetAttribute("data-kind"));
        Assert.StartsWith(kind, item.TextContent.Trim());
        Assert.Contains(selfie, item.TextContent);
        Assert.Equal("/office/applications/KE-CMT6VVEA", list.Find("[data-testid=review-flag-link]").GetAttribute("href"));
    }

    [Fact]
    public void Render_EarlierRejection_NamesItsStatusAndReasons()
    {
        using var _ = InCulture("en");
        FlagForReview flag = new(FlagKind.EarlierApplication, "KE-CMT6VVEA", [], ApplicationStatus.Rejected, [DecisionReason.PersonMismatch]);

        var item = Render<FlagList>(p => p.Add(c => c.Flags, [flag])).Find("[data-testid=review-flag]");

        Assert.Contains("Rejected, The person in the photo does not match the identity document.", item.TextContent);
    }

    [Fact]
    public void Render_NoFlags_SaysSo()
    {
        using var _ = InCulture("en");

        Assert.Equal("No flags.", Render<FlagList>(p => p.Add(c => c.Flags, [])).Find("[data-testid=review-no-flags]").TextContent);
    }
}
