using KosovoElections.Domain.Staff;

namespace KosovoElections.UnitTests.Staff;

public sealed class StaffSessionTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AfterPassword_EndsAfterFiveMinutesEvenWhenUsed()
    {
        var session = StaffSession.AfterPassword(Guid.NewGuid(), Now);
        session.Touch(Now.AddMinutes(4));
        Assert.True(session.IsActiveAt(Now.AddMinutes(4).AddSeconds(59)));
        Assert.False(session.IsActiveAt(Now.AddMinutes(5)));
    }

    [Fact]
    public void SignedIn_EndsAfterFifteenIdleMinutes()
    {
        var session = StaffSession.SignedIn(Guid.NewGuid(), Now);
        Assert.True(session.IsActiveAt(Now.AddMinutes(14)));
        Assert.True(session.Touch(Now.AddMinutes(14)));
        Assert.True(session.IsActiveAt(Now.AddMinutes(28)));
        Assert.False(session.IsActiveAt(Now.AddMinutes(29)));
    }

    [Fact]
    public void SignedIn_EndsAfterTwelveHoursHoweverActive()
    {
        var session = StaffSession.SignedIn(Guid.NewGuid(), Now);
        for (var minutes = 10; minutes < 12 * 60; minutes += 10)
        {
            session.Touch(Now.AddMinutes(minutes));
        }

        Assert.False(session.IsActiveAt(Now.AddHours(12)));
    }
}
