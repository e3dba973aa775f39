using KosovoElections.Application.Statistics.Dashboard;

namespace KosovoElections.UnitTests.Statistics;

/// <summary>The dashboard's projected backlog at the deadline: backlog + (arrivals a day − decisions a day) × days left.</summary>
public sealed class BacklogProjectionTests
{
    private static readonly DateTime Now = new(2027, 6, 20, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(100, 30, 15, 10.0, 150)] // 10 a day arrive, 5 are decided: 100 + 5 × 10
    [InlineData(100, 15, 30, 10.0, 50)]
    [InlineData(100, 15, 45, 10.0, 0)] // the decisions would clear it: never below zero
    [InlineData(0, 0, 0, 10.0, 0)]
    [InlineData(10, 3, 0, 0.5, 11)] // 10 + 1 × 0.5 = 10.5, rounded away from zero
    public void Compute_LastThreeDays_ProjectsTheBacklogAtTheDeadline(int backlog, int arrivals, int decisions, double daysLeft, int expected)
    {
        var projection = BacklogProjection.Compute(backlog, arrivals, decisions, Now.AddDays(-3), Now, Now.AddDays(daysLeft));

        Assert.Equal(expected, projection.AtDeadline);
        Assert.Equal(arrivals / 3.0, projection.ArrivalsPerDay, 9);
        Assert.Equal(decisions / 3.0, projection.DecisionsPerDay, 9);
    }

    [Fact]
    public void Compute_DeadlinePassed_ProjectsNothing()
    {
        var projection = BacklogProjection.Compute(40, 30, 15, Now.AddDays(-3), Now, Now.AddSeconds(-1));

        Assert.Null(projection.AtDeadline);
        Assert.Equal(0, projection.DaysLeft);
        Assert.Equal(40, projection.Now);
    }

    [Fact]
    public void WindowStart_RegistrationOpenedADayAgo_RatesAreThoseOfThatDay()
    {
        var opened = Now.AddDays(-1);

        var from = BacklogProjection.WindowStart(opened, Now);
        var projection = BacklogProjection.Compute(20, 20, 10, from, Now, Now.AddDays(2));

        Assert.Equal(opened, from);
        Assert.Equal(20.0, projection.ArrivalsPerDay, 9);
        Assert.Equal(40, projection.AtDeadline); // 20 + (20 − 10) × 2
    }

    [Fact]
    public void WindowStart_InTheMiddleOfAnHour_StartsAtThatHoursBeginningThreeDaysBefore()
    {
        var now = new DateTime(2027, 6, 20, 21, 59, 30, DateTimeKind.Utc);

        var from = BacklogProjection.WindowStart(new DateTime(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc), now);

        Assert.Equal(new DateTime(2027, 6, 17, 21, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(DateTimeKind.Utc, from.Kind);
    }

    [Fact]
    public void Compute_RegistrationOpensNow_HasNoRatesYet()
    {
        var projection = BacklogProjection.Compute(0, 0, 0, BacklogProjection.WindowStart(Now, Now), Now, Now.AddDays(30));

        Assert.Null(projection.AtDeadline);
        Assert.Equal(0, projection.ArrivalsPerDay);
    }
}
