using KosovoElections.Domain;
using KosovoElections.Domain.Elections;

namespace KosovoElections.UnitTests.Domain;

public sealed class ElectionTests
{
    private static readonly DateTime Opens = new(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2025, 8, 29, 21, 59, 0, DateTimeKind.Utc);
    private static readonly DateOnly Sunday = new(2025, 10, 12);

    [Theory]
    [InlineData("2025-10-12", true)] // the October 2025 local election
    [InlineData("2025-02-09", true)] // the February 2025 Assembly election
    [InlineData("2025-10-11", false)]
    [InlineData("2025-10-13", false)]
    public void IsSunday_KnowsElectionDays(string day, bool sunday) =>
        Assert.Equal(sunday, Election.IsSunday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Create_OnAWeekday_Throws(int daysAfterSunday) =>
        Assert.Throws<DomainException>(() => Election.Create("Local 2025", ElectionKind.Local, Sunday.AddDays(daysAfterSunday), Opens, Closes));

    [Fact]
    public void Create_OnSunday_KeepsTheWindow()
    {
        var election = Election.Create("  Zgjedhjet lokale 2025 ", ElectionKind.Local, Sunday, Opens, Closes);
        Assert.Equal("Zgjedhjet lokale 2025", election.Name);
        Assert.Equal(Closes, election.ClosesAt);
    }

    [Theory]
    [InlineData("sq", "Zgjedhjet lokale 2025")]
    [InlineData("sr-Latn", "Lokalni izbori 2025")]
    [InlineData("sr", "Lokalni izbori 2025")]
    [InlineData("en", "Local elections 2025")]
    [InlineData("en-GB", "Local elections 2025")]
    [InlineData("de-DE", "Zgjedhjet lokale 2025")]
    public void Names_InAReadersLanguage_AreThatLanguagesOrElseTheOfficialAlbanian(string culture, string expected)
    {
        var election = Election.Create(new ElectionName(" Zgjedhjet lokale 2025", "Lokalni izbori 2025 ", "Local elections 2025"), ElectionKind.Local, Sunday, Opens, Closes);
        Assert.Equal(expected, election.Names.In(culture));
    }

    [Fact]
    public void Edit_ToAnotherSunday_ChangesNameDayAndReturnMethodsButNotTheDeadline()
    {
        var election = Election.Create("Local 2025", ElectionKind.Local, Sunday, Opens, Closes);

        election.Edit(new ElectionName("Zgjedhjet", "Izbori", "Elections"), Sunday.AddDays(7), offersPostalAbroad: true, offersPostalKosovo: false);

        Assert.Equal(new ElectionName("Zgjedhjet", "Izbori", "Elections"), election.Names);
        Assert.Equal(Sunday.AddDays(7), election.ElectionDay);
        Assert.Equal([ReturnMethod.PostalAbroad], election.ReturnMethods());
        Assert.Equal(Closes, election.ClosesAt);
    }

    [Fact]
    public void Edit_ToADayBeforeTheDeadlineOrAWeekdayOrWithoutAReturnMethodOrName_Throws()
    {
        var election = Election.Create("Local 2025", ElectionKind.Local, Sunday, Opens, Closes);
        var name = ElectionName.Everywhere("Local 2025");

        Assert.Throws<DomainException>(() => election.Edit(name, new DateOnly(2025, 8, 24), true, true));
        Assert.Throws<DomainException>(() => election.Edit(name, Sunday.AddDays(1), true, true));
        Assert.Throws<DomainException>(() => election.Edit(name, Sunday, false, false));
        Assert.Throws<DomainException>(() => election.Edit(name with { English = " " }, Sunday, true, true));
        Assert.Equal(Sunday, election.ElectionDay);
    }

    [Fact]
    public void RunoffDay_IsTheSundayFourWeeksLater()
    {
        var election = Election.Create("Local 2025", ElectionKind.Local, Sunday, Opens, Closes);
        Assert.Equal(new DateOnly(2025, 11, 9), election.RunoffDay());
        Assert.True(Election.IsSunday(election.RunoffDay()));
    }

    [Fact]
    public void OpenRunoff_AfterElectionDay_IsASecondRoundThatNeverAcceptsApplications()
    {
        var first = Election.Create(new ElectionName("Lokale 2025", "Lokalni 2025", "Local 2025"), ElectionKind.Local, Sunday, Opens, Closes);
        var now = new DateTime(2025, 10, 13, 9, 0, 0, DateTimeKind.Utc);

        var runoff = first.OpenRunoff(now);

        Assert.Equal((ElectionKind.MayoralRunoff, first.Id, first.RunoffDay()), (runoff.Kind, runoff.RunoffOf, runoff.ElectionDay));
        Assert.Equal(new ElectionName("Lokale 2025 – balotazhi", "Lokalni 2025 – drugi krug", "Local 2025 – second round"), runoff.Names);
        Assert.All(new[] { now.AddDays(-1), now, now.AddDays(1) }, at => Assert.False(runoff.AcceptsApplicationsAt(at)));
        Assert.False(runoff.OverlapsWith(first));
        Assert.Throws<DomainException>(() => first.OpenRunoff(Sunday.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        Assert.Throws<DomainException>(() => first.OpenRunoff(first.RunoffDay().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        Assert.Throws<DomainException>(() => runoff.OpenRunoff(now));
    }

    [Fact]
    public void Edit_OfARunoff_RenamesButKeepsItsDayAndReturnMethods()
    {
        var first = Election.Create(new ElectionName("Lokale 2025", "Lokalni 2025", "Local 2025"), ElectionKind.Local, Sunday, Opens, Closes);
        var runoff = first.OpenRunoff(new DateTime(2025, 10, 13, 9, 0, 0, DateTimeKind.Utc));
        var renamed = new ElectionName("Balotazhi 2025", "Drugi krug 2025", "Second round 2025");

        runoff.Edit(renamed, runoff.ElectionDay, runoff.OffersPostalAbroad, runoff.OffersPostalKosovo);

        Assert.Equal(renamed, runoff.Names);
        Assert.Throws<DomainException>(() => runoff.Edit(renamed, runoff.ElectionDay.AddDays(7), runoff.OffersPostalAbroad, runoff.OffersPostalKosovo));
        Assert.Throws<DomainException>(() => runoff.Edit(renamed, runoff.ElectionDay, !runoff.OffersPostalAbroad, true));
    }

    [Fact]
    public void Create_ClosingBeforeOpening_Throws() =>
        Assert.Throws<DomainException>(() => Election.Create("x", ElectionKind.Local, Sunday, Closes, Opens));

    [Fact]
    public void Create_ClosingOnElectionDay_Throws() =>
        Assert.Throws<DomainException>(() => Election.Create("x", ElectionKind.Local, Sunday, Opens, Sunday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));

    [Fact]
    public void Create_LocalTimes_AreRefused() =>
        Assert.Throws<DomainException>(() => Election.Create("x", ElectionKind.Local, Sunday, DateTime.SpecifyKind(Opens, DateTimeKind.Unspecified), Closes));

    [Fact]
    public void WindowAt_IsOpenFromOpeningUntilJustBeforeTheDeadline()
    {
        var election = Election.Create("x", ElectionKind.Local, Sunday, Opens, Closes);
        Assert.Equal(RegistrationWindow.NotYetOpen, election.WindowAt(Opens.AddSeconds(-1)));
        Assert.Equal(RegistrationWindow.Open, election.WindowAt(Opens));
        Assert.Equal(RegistrationWindow.Open, election.WindowAt(Closes.AddSeconds(-1)));
        Assert.Equal(RegistrationWindow.Closed, election.WindowAt(Closes));
        Assert.Equal(RegistrationWindow.Closed, election.WindowAt(Closes.AddSeconds(1)));
    }

    [Fact]
    public void ReturnMethods_MissionsOnlyForAssemblyElections()
    {
        Assert.DoesNotContain(ReturnMethod.DiplomaticMission, Election.Create("x", ElectionKind.Local, Sunday, Opens, Closes).ReturnMethods());
        Assert.Contains(ReturnMethod.DiplomaticMission, Election.Create("x", ElectionKind.Assembly, Sunday, Opens, Closes).ReturnMethods());
    }

    [Fact]
    public void ChangeDeadline_MustStayBetweenOpeningAndElectionDay()
    {
        var election = Election.Create("x", ElectionKind.Local, Sunday, Opens, Closes);
        Assert.Throws<DomainException>(() => election.ChangeDeadline(Opens));
        Assert.Throws<DomainException>(() => election.ChangeDeadline(Sunday.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc)));
        election.ChangeDeadline(Closes.AddDays(3));
        Assert.Equal(Closes.AddDays(3), election.ClosesAt);
    }

    [Fact]
    public void OverlapsWith_DetectsSharedInstantsOnly()
    {
        var a = Election.Create("a", ElectionKind.Local, Sunday, Opens, Closes);
        var touching = Election.Create("b", ElectionKind.Local, Sunday, Closes, Closes.AddDays(5));
        var inside = Election.Create("c", ElectionKind.Local, Sunday, Opens.AddDays(3), Opens.AddDays(4));
        Assert.False(a.OverlapsWith(touching));
        Assert.True(a.OverlapsWith(inside));
    }
}
