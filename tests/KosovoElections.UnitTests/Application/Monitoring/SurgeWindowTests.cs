using KosovoElections.Application.Monitoring;

namespace KosovoElections.UnitTests.Application.Monitoring;

public sealed class SurgeWindowTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Record_BelowTheThreshold_NeverWarns()
    {
        var window = new SurgeWindow(Minute, threshold: 3);
        Assert.Null(window.Record(Start));
        Assert.Null(window.Record(Start.AddSeconds(10)));
    }

    [Fact]
    public void Record_ReachingTheThreshold_WarnsWithTheCount()
    {
        var window = new SurgeWindow(Minute, threshold: 3);
        window.Record(Start);
        window.Record(Start.AddSeconds(10));
        Assert.Equal(3, window.Record(Start.AddSeconds(20)));
    }

    [Fact]
    public void Record_EventsOlderThanTheWindow_NoLongerCount()
    {
        var window = new SurgeWindow(Minute, threshold: 3);
        window.Record(Start);
        window.Record(Start.AddSeconds(1));
        Assert.Null(window.Record(Start.AddSeconds(70)));
        Assert.Null(window.Record(Start.AddSeconds(71)));
        Assert.Equal(3, window.Record(Start.AddSeconds(72)));
    }

    [Fact]
    public void Record_AfterAWarning_StaysQuietForOneWindowThenWarnsAgain()
    {
        var window = new SurgeWindow(Minute, threshold: 2);
        window.Record(Start);
        Assert.Equal(2, window.Record(Start.AddSeconds(1)));
        for (var s = 2; s < 60; s++)
        {
            Assert.Null(window.Record(Start.AddSeconds(s)));
        }

        // The window is (now - 60 s, now]: the events of seconds 2 to 59, and this one.
        Assert.Equal(59, window.Record(Start.AddSeconds(61)));
    }

    [Fact]
    public void Record_ThresholdZero_IsOff()
    {
        var window = new SurgeWindow(Minute, threshold: 0);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Null(window.Record(Start));
        }
    }
}
