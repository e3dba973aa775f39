using KosovoElections.Application.Administration.Staff;
using KosovoElections.Domain.Staff;

namespace KosovoElections.UnitTests.StaffAdmin;

/// <summary>What an invitation, disabling and a reset of the second factor do to a staff account, as the admins' list shows it.</summary>
public sealed class StaffAccountStateTests
{
    private static readonly DateTime Now = new(2027, 2, 11, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Invite_NewAccount_HasNoPasswordAndIsShownAsInvited()
    {
        var member = StaffMember.Invite("a@kqz-ks.org", StaffRole.Reviewer, Now);

        Assert.False(member.HasPassword);
        Assert.Equal(StaffAccountState.Invited, StaffRow.Of(member).State);
    }

    [Fact]
    public void ResetSecondFactor_EnrolledMember_ForgetsTheKeySoTheNextSignInEnrols()
    {
        var member = new StaffMember("b@kqz-ks.org", StaffRole.Admin, "hash", Now);
        member.BeginEnrolment("protected-key");
        member.ConfirmEnrolment(Now);
        Assert.Equal(StaffAccountState.Active, StaffRow.Of(member).State);

        member.ResetSecondFactor();

        Assert.Equal((false, null, null), (member.HasSecondFactor, member.TotpSecret, member.LastTotpStep));
        Assert.Equal(StaffAccountState.NoSecondFactor, StaffRow.Of(member).State);
        member.BeginEnrolment("a-new-key");
        Assert.Equal("a-new-key", member.TotpSecret);
    }

    [Fact]
    public void DisableThenEnable_ShowsEachState()
    {
        var member = StaffMember.Invite("c@kqz-ks.org", StaffRole.Supervisor, Now);

        member.Disable();
        var disabled = StaffRow.Of(member).State;
        member.Enable();

        Assert.Equal(StaffAccountState.Disabled, disabled);
        Assert.Equal(StaffAccountState.Invited, StaffRow.Of(member).State);
    }
}
