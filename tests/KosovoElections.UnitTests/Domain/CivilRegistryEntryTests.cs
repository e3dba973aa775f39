using KosovoElections.Domain;
using KosovoElections.Domain.Registry;

namespace KosovoElections.UnitTests.Domain;

public sealed class CivilRegistryEntryTests
{
    [Theory]
    [InlineData("2009-01-10", "2027-01-10", true)] // 18th birthday on election day
    [InlineData("2009-01-11", "2027-01-10", false)] // one day short
    [InlineData("2008-02-29", "2026-02-28", false)] // leap-day birth: 18 only on 1 March in a common year
    [InlineData("2008-02-29", "2026-03-01", true)]
    public void IsOfVotingAgeOn_CountsWholeYears(string born, string electionDay, bool adult)
    {
        var entry = Entry("1000000017", DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(adult, entry.IsOfVotingAgeOn(DateOnly.Parse(electionDay, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678901")]
    [InlineData("12345678a0")]
    [InlineData("１２３４５６７８９０")] // full-width digits are not ASCII digits
    public void New_InvalidPersonalNumber_Throws(string number) =>
        Assert.Throws<DomainException>(() => Entry(number, new DateOnly(1990, 1, 1)));

    [Fact]
    public void Mask_KeepsOnlyTheLastThreeDigits() => Assert.Equal("*******017", PersonalNumber.Mask("1000000017"));

    [Fact]
    public void Municipalities_AreAll38WithUniqueNames()
    {
        Assert.Equal(38, Municipalities.All.Count);
        Assert.Equal(38, Municipalities.All.Select(m => m.NameSq).Distinct().Count());
        Assert.Equal(38, Municipalities.All.Select(m => m.Id).Distinct().Count());
        Assert.Equal("Đakovica", Municipalities.FindByAlbanianName(" gjakovë ")!.NameSr);
        Assert.Equal("Drenas", Municipalities.FindByAlbanianName("Gllogoc")!.NameSq);
        Assert.Null(Municipalities.FindByAlbanianName("Beograd"));
    }

    private static CivilRegistryEntry Entry(string number, DateOnly born) =>
        new(number, "Arben", "Krasniqi", null, born, Sex.Male, 27, RegistryStatus.Active);
}
