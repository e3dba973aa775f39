using KosovoElections.Web.Components.Admin.Staff;

namespace KosovoElections.ComponentTests.StaffAdmin;

/// <summary>The invitation letter's language: the admin's own by default, one of the site's three whatever was posted.</summary>
public sealed class InvitationLanguageTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Gjuha e ftesës", "sq")]
    [InlineData("sr-Latn", "Jezik poziva", "sr-Latn")]
    [InlineData("en", "Language of the invitation", "en")]
    public void Render_WithoutAChoice_OffersTheThreeLanguagesWithTheReadersOwnChosen(string culture, string legend, string chosen)
    {
        using var _ = InCulture(culture);

        var choice = Render<InvitationLanguage>(p => p.Add(c => c.Name, "Form.Language").Add(c => c.Selected, InvitationLanguage.Of(null)));

        Assert.Equal(legend, choice.Find("legend").TextContent);
        Assert.Equal(["sq", "sr-Latn", "en"], choice.FindAll("input[type=radio]").Select(r => r.GetAttribute("value")));
        Assert.Equal(chosen, choice.Find("input[checked]").GetAttribute("value"));
        Assert.Equal("invite-language-" + chosen, choice.Find("input[checked]").GetAttribute("data-testid"));
    }

    [Theory]
    [InlineData("sr-Latn", "en", "sr-Latn")]
    [InlineData("de", "en", "en")]
    [InlineData("de", "sq", "sq")]
    [InlineData("../../etc", "sr-Latn", "sr-Latn")]
    public void Of_PostedValue_IsOneOfTheSitesLanguages(string posted, string reader, string expected)
    {
        using var _ = InCulture(reader);

        Assert.Equal(expected, InvitationLanguage.Of(posted));
    }
}
