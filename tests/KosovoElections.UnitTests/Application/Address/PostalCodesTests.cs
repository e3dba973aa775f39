using KosovoElections.Application.Registration.Address;

namespace KosovoElections.UnitTests.Application.Address;

/// <summary>Postal codes per country: the formats of the countries most applicants live in, and free text elsewhere.</summary>
public sealed class PostalCodesTests
{
    [Theory]
    [InlineData("DE", "10115", "10115")]
    [InlineData("DE", " D-80331 ", "80331")]
    [InlineData("CH", "8001", "8001")]
    [InlineData("CH", "CH-3011", "3011")]
    [InlineData("AT", "1010", "1010")]
    [InlineData("AT", "A-6020", "6020")]
    [InlineData("IT", "00118", "00118")]
    [InlineData("IT", "I-20121", "20121")]
    [InlineData("FR", "75008", "75008")]
    [InlineData("SE", "11455", "114 55")]
    [InlineData("SE", "SE-123 45", "123 45")]
    [InlineData("SE", "123 45", "123 45")]
    [InlineData("BE", "1000", "1000")]
    [InlineData("NL", "1012ab", "1012 AB")]
    [InlineData("NL", "1012 AB", "1012 AB")]
    [InlineData("GB", "sw1a1aa", "SW1A 1AA")]
    [InlineData("GB", "M1 1AE", "M1 1AE")]
    [InlineData("GB", "ec1a  1bb", "EC1A 1BB")]
    [InlineData("US", "10001", "10001")]
    [InlineData("US", "10001-1234", "10001-1234")]
    [InlineData("US", "100011234", "10001-1234")]
    [InlineData("NO", "0150", "0150")]
    [InlineData("DK", "DK-1050", "1050")]
    [InlineData("FI", "00100", "00100")]
    [InlineData("SI", "SI-1000", "1000")]
    [InlineData("HR", "10000", "10000")]
    [InlineData("AL", "1001", "1001")]
    [InlineData("MK", "1000", "1000")]
    [InlineData("CA", "k1a0b1", "K1A 0B1")]
    [InlineData("CA", "K1A 0B1", "K1A 0B1")]
    [InlineData("ME", "81000", "81000")]
    [InlineData("TR", "06100", "06100")]
    [InlineData("AU", "2000", "2000")]
    public void Canonical_GoodCodeOfTheCountry_IsWrittenTheCountrysWay(string country, string typed, string expected) =>
        Assert.Equal(expected, PostalCodes.Canonical(country, typed));

    [Theory]
    [InlineData("DE", "1011")]
    [InlineData("DE", "101155")]
    [InlineData("DE", "1O115")]
    [InlineData("CH", "0800")]
    [InlineData("CH", "80011")]
    [InlineData("AT", "101")]
    [InlineData("IT", "0011")]
    [InlineData("FR", "7500A")]
    [InlineData("SE", "01234")]
    [InlineData("SE", "1234")]
    [InlineData("BE", "0999")]
    [InlineData("NL", "0123 AB")]
    [InlineData("NL", "1012 SA")]
    [InlineData("NL", "1012")]
    [InlineData("GB", "SW1A")]
    [InlineData("GB", "1AA SW1")]
    [InlineData("US", "1000")]
    [InlineData("US", "10001-12")]
    [InlineData("NO", "01500")]
    [InlineData("DK", "0999")]
    [InlineData("FI", "0010")]
    [InlineData("SI", "100")]
    [InlineData("HR", "60000")]
    [InlineData("AL", "0100")]
    [InlineData("MK", "10000")]
    [InlineData("CA", "D1A 0B1")]
    [InlineData("CA", "K1A 0B")]
    [InlineData("ME", "11000")]
    [InlineData("TR", "99000")]
    [InlineData("DE", "D-")]
    public void Canonical_CodeNotInTheCountrysFormat_IsNull(string country, string typed) =>
        Assert.Null(PostalCodes.Canonical(country, typed));

    [Theory]
    [InlineData("DE")]
    [InlineData("CH")]
    [InlineData("GB")]
    [InlineData("CA")]
    [InlineData("MK")]
    public void IsKnownFor_ListedCountry_IsTrueWithAnExampleThatPasses(string country)
    {
        Assert.True(PostalCodes.IsKnownFor(country));
        Assert.NotNull(PostalCodes.Canonical(country, PostalCodes.ExampleFor(country)));
    }

    [Theory]
    [InlineData("AE", "", "")]
    [InlineData("KE", " 00100 ", "00100")]
    [InlineData("JP", "100-0001", "100-0001")]
    public void Canonical_CountryWithoutAKnownFormat_KeepsTidyFreeText(string country, string typed, string expected)
    {
        Assert.False(PostalCodes.IsKnownFor(country));
        Assert.Equal(expected, PostalCodes.Canonical(country, typed));
    }

    [Theory]
    [InlineData("KE", "<script>")]
    [InlineData("KE", "12345678901234567")]
    public void Canonical_FreeTextWithOddCharactersOrTooLong_IsNull(string country, string typed) =>
        Assert.Null(PostalCodes.Canonical(country, typed));
}
