using KosovoElections.Application.Registration.Address;

namespace KosovoElections.UnitTests.Application.Address;

/// <summary>The country list: complete, without Kosovo, the diaspora first, then alphabetical in the reader's language.</summary>
public sealed class CountriesTests
{
    [Fact]
    public void All_IsTheWholeIsoListWithoutKosovo()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct().Count());
        Assert.Null(Countries.Find("XK"));
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.All(Countries.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Albanian) || string.IsNullOrWhiteSpace(c.Serbian) || string.IsNullOrWhiteSpace(c.English), c.Code));
    }

    [Theory]
    [InlineData("sq", "Gjermani", "Afganistan")]
    [InlineData("sr-Latn", "Nemačka", "Alžir")]
    [InlineData("en", "Germany", "Afghanistan")]
    public void InOrder_Culture_ListsTheDiasporaFirstThenTheRestByLocalName(string culture, string first, string firstOfTheRest)
    {
        var list = Countries.InOrder(culture);

        Assert.Equal(Countries.Diaspora, list.Take(Countries.Diaspora.Count).Select(c => c.Code));
        Assert.Equal(first, list[0].NameIn(culture));
        Assert.Equal(firstOfTheRest, list[Countries.Diaspora.Count].NameIn(culture));
        var rest = list.Skip(Countries.Diaspora.Count).Select(c => c.NameIn(culture)).ToList();
        Assert.Equal(rest.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(culture), true)), rest);
        Assert.Equal(Countries.All.Count, list.Count);
    }

    [Theory]
    [InlineData("DE", "49")]
    [InlineData("CH", "41")]
    [InlineData("US", "1")]
    [InlineData("CA", "1")]
    [InlineData("GB", "44")]
    [InlineData("MK", "389")]
    [InlineData("AL", "355")]
    [InlineData("ME", "382")]
    public void Find_DiasporaCountry_HasItsCallingCode(string code, string callingCode) =>
        Assert.Equal(callingCode, Countries.Find(code)!.CallingCode);

    [Theory]
    [InlineData("AQ")]
    [InlineData("BV")]
    [InlineData("HM")]
    [InlineData("GS")]
    [InlineData("PN")]
    [InlineData("TF")]
    [InlineData("UM")]
    public void Find_CountryWithoutANumberingPlan_HasNoCallingCodeToOffer(string code) =>
        Assert.Null(Countries.Find(code)!.CallingCode);
}
