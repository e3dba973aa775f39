using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.UnitTests.Domain;

/// <summary>Ballot return methods, CEC mailboxes and diplomatic missions (SPEC §1, §3).</summary>
public sealed class ReturnMethodTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ChooseReturnMethod_MissionWithItsMission_KeepsBoth()
    {
        var application = Draft();
        var mission = Guid.NewGuid();

        application.ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now, mission);

        Assert.Equal(ReturnMethod.DiplomaticMission, application.ReturnMethod);
        Assert.Equal(mission, application.MissionId);
    }

    [Fact]
    public void ChooseReturnMethod_PostalAfterMission_ClearsTheMission()
    {
        var application = Draft();
        application.ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now, Guid.NewGuid());

        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, Now);

        Assert.Equal(ReturnMethod.PostalKosovo, application.ReturnMethod);
        Assert.Null(application.MissionId);
    }

    [Fact]
    public void ChooseReturnMethod_MissionWithoutMission_Throws() =>
        Assert.Throws<DomainException>(() => Draft().ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now));

    [Fact]
    public void ChooseReturnMethod_PostalWithAMission_Throws() =>
        Assert.Throws<DomainException>(() => Draft().ChooseReturnMethod(ReturnMethod.PostalAbroad, Now, Guid.NewGuid()));

    [Fact]
    public void ChooseReturnMethod_UndefinedMethod_Throws() =>
        Assert.Throws<DomainException>(() => Draft().ChooseReturnMethod((ReturnMethod)42, Now));

    [Fact]
    public void ChooseReturnMethod_AfterSubmission_Throws()
    {
        var application = Draft();
        application.Submit("KE-TEST", Now, Now);
        Assert.Throws<DomainException>(() => application.ChooseReturnMethod(ReturnMethod.PostalAbroad, Now));
    }

    [Fact]
    public void ReturnMethods_AssemblyElection_OffersTheMissionsToo()
    {
        Assert.Equal([ReturnMethod.PostalAbroad, ReturnMethod.PostalKosovo, ReturnMethod.DiplomaticMission], Election(ElectionKind.Assembly).ReturnMethods());
        Assert.Equal([ReturnMethod.PostalAbroad, ReturnMethod.PostalKosovo], Election(ElectionKind.Local).ReturnMethods());
    }

    [Fact]
    public void OpenMission_LocalElection_Throws() =>
        Assert.Throws<DomainException>(() => DiplomaticMission.Open(Election(ElectionKind.Local), "Ambasada në Berlin", "DE", "Berlin", 100));

    [Theory]
    [InlineData("", "DE", "Berlin", 100)]
    [InlineData("Ambasada", "XK", "Prishtinë", 100)]
    [InlineData("Ambasada", "de", "Berlin", 100)]
    [InlineData("Ambasada", "DE", " ", 100)]
    [InlineData("Ambasada", "DE", "Berlin", 0)]
    public void OpenMission_BadValue_Throws(string name, string country, string city, int capacity) =>
        Assert.Throws<DomainException>(() => DiplomaticMission.Open(Election(ElectionKind.Assembly), name, country, city, capacity));

    [Fact]
    public void OpenMission_GoodValues_StartsWithEveryPlaceFree()
    {
        var mission = DiplomaticMission.Open(Election(ElectionKind.Assembly), " Ambasada në Berlin ", "DE", "Berlin", 250);
        Assert.Equal("Ambasada në Berlin", mission.Name);
        Assert.Equal(250, mission.PlacesLeft);
    }

    [Fact]
    public void Mailbox_AbroadWithoutCountry_IsTheDefault()
    {
        var election = Election(ElectionKind.Local);
        Assert.True(Mailbox.Abroad(election, null, "P.O. Box 100").IsDefaultAbroad);
        Assert.False(Mailbox.Abroad(election, "CH", "Postfach 100").IsDefaultAbroad);
        Assert.False(Mailbox.InKosovo(election, "Kutia Postare 1000").IsDefaultAbroad);
    }

    [Theory]
    [InlineData("XK", "Kutia Postare 1000")]
    [InlineData("Deutschland", "Postfach 1")]
    [InlineData("DE", "  ")]
    public void Mailbox_AbroadBadValue_Throws(string country, string address) =>
        Assert.Throws<DomainException>(() => Mailbox.Abroad(Election(ElectionKind.Local), country, address));

    private static VoterApplication Draft() => VoterApplication.Start(Guid.NewGuid(), "1234567890", ApplicationChannel.Online, Now);

    private static Election Election(ElectionKind kind) =>
        KosovoElections.Domain.Elections.Election.Create("Zgjedhjet 2027", kind, new DateOnly(2027, 4, 11), Now.AddDays(-1), Now.AddDays(20));
}
