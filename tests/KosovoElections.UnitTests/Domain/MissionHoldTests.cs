using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.UnitTests.Domain;

/// <summary>
/// Mission places go in order of application time (SPEC §1): a draft holds the place it chose for
/// <see cref="VoterApplication.MissionHoldPeriod"/>, then gives it back unless it has applied.
/// </summary>
public sealed class MissionHoldTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Expired = Now + VoterApplication.MissionHoldPeriod + TimeSpan.FromSeconds(1);

    [Fact]
    public void ChooseMission_Draft_HoldsThePlaceForTheHoldPeriod()
    {
        var application = WithMission(out _);

        Assert.Equal(Now + VoterApplication.MissionHoldPeriod, application.MissionHeldUntil);
    }

    [Fact]
    public void ChooseMission_SameMissionAgain_DoesNotExtendTheHold()
    {
        var application = WithMission(out var mission);

        application.ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now.AddHours(20), mission);

        Assert.Equal(Now + VoterApplication.MissionHoldPeriod, application.MissionHeldUntil);
    }

    [Fact]
    public void ChooseMission_AnotherMission_HoldsTheNewPlaceFromNow()
    {
        var application = WithMission(out _);

        application.ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now.AddHours(20), Guid.NewGuid());

        Assert.Equal(Now.AddHours(20) + VoterApplication.MissionHoldPeriod, application.MissionHeldUntil);
    }

    [Fact]
    public void ChoosePostal_AfterAMission_HoldsNothing()
    {
        var application = WithMission(out _);

        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, Now);

        Assert.Null(application.MissionHeldUntil);
    }

    [Fact]
    public void Release_BeforeTheHoldRunsOut_KeepsThePlace()
    {
        var application = WithMission(out var mission);

        Assert.Null(application.ReleaseExpiredMissionHold(Now + VoterApplication.MissionHoldPeriod - TimeSpan.FromSeconds(1)));
        Assert.Equal(mission, application.MissionId);
        Assert.Equal(ReturnMethod.DiplomaticMission, application.ReturnMethod);
    }

    [Fact]
    public void Release_AfterTheHold_GivesThePlaceBackAndTheStepIsToDoAgain()
    {
        var application = WithMission(out var mission);
        var version = application.Version;

        Assert.Equal(mission, application.ReleaseExpiredMissionHold(Expired));
        Assert.Null(application.MissionId);
        Assert.Null(application.ReturnMethod);
        Assert.Null(application.MissionHeldUntil);
        Assert.Equal(mission, application.LapsedMissionId);
        Assert.NotEqual(version, application.Version);
        Assert.Null(application.ReleaseExpiredMissionHold(Expired));
    }

    [Fact]
    public void ChooseAgain_AfterTheHoldLapsed_ForgetsTheLapsedMission()
    {
        var application = WithMission(out _);
        application.ReleaseExpiredMissionHold(Expired);

        application.ChooseReturnMethod(ReturnMethod.PostalAbroad, Expired);

        Assert.Null(application.LapsedMissionId);
    }

    [Fact]
    public void Submit_WithAHeldPlace_KeepsThePlaceForGood()
    {
        var application = WithMission(out var mission);

        application.Submit("ABCD-EFGH", Now, Now.AddHours(1));

        Assert.Null(application.MissionHeldUntil);
        Assert.Null(application.ReleaseExpiredMissionHold(Expired.AddDays(30)));
        Assert.Equal(mission, application.MissionId);
    }

    private static VoterApplication WithMission(out Guid mission)
    {
        var application = VoterApplication.Start(Guid.NewGuid(), "1234567890", ApplicationChannel.Online, Now);
        mission = Guid.NewGuid();
        application.ChooseReturnMethod(ReturnMethod.DiplomaticMission, Now, mission);
        return application;
    }
}
