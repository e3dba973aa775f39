using KosovoElections.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>The deadline in Kosovo time and the server-rendered countdown, in the reader's language.</summary>
public sealed class DeadlinePanelTests : LocalizedComponentTest
{
    // 21:59 UTC on 28 March 2027 is 23:59 in Kosovo (CEST, UTC+2).
    private static readonly DateTime Deadline = new(2027, 3, 28, 21, 59, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("sq", "28.03.2027 23:59 sipas orës së Kosovës")]
    [InlineData("sr-Latn", "28.03.2027 23:59 po kosovskom vremenu")]
    [InlineData("en", "28.03.2027 23:59 Kosovo time")]
    public void Render_OpenRegistration_ShowsDeadlineInKosovoTime(string culture, string expected)
    {
        using var _ = InCulture(culture);

        var panel = RenderAt(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, panel.Find("[data-testid=deadline-kosovo]").TextContent);
    }

    [Theory]
    [InlineData("sq", "27 ditë 11 orë 58 minuta 30 sekonda")]
    [InlineData("sr-Latn", "27 dana 11 sati 58 minuta 30 sekundi")]
    [InlineData("en", "27 days 11 hours 58 minutes 30 seconds")]
    public void Render_BeforeDeadline_CountsDownFromTheClock(string culture, string expected)
    {
        using var _ = InCulture(culture);

        var panel = RenderAt(new DateTimeOffset(2027, 3, 1, 10, 0, 30, TimeSpan.Zero));

        Assert.Equal(expected, panel.Find("[data-testid=countdown]").TextContent);
    }

    /// <summary>CLDR plurals: Serbian one (1, 21), few (2–4, 22–24) and other (5–20, 11–14); Albanian and English one and other.</summary>
    [Theory]
    [InlineData("sr-Latn", 1, 2, 21, 1, "1 dan 2 sata 21 minut 1 sekunda")]
    [InlineData("sr-Latn", 21, 11, 12, 22, "21 dan 11 sati 12 minuta 22 sekunde")]
    [InlineData("sr-Latn", 5, 23, 14, 0, "5 dana 23 sata 14 minuta 0 sekundi")]
    [InlineData("sq", 1, 1, 1, 1, "1 ditë 1 orë 1 minutë 1 sekondë")]
    [InlineData("sq", 2, 0, 2, 2, "2 ditë 0 orë 2 minuta 2 sekonda")]
    [InlineData("en", 1, 1, 1, 1, "1 day 1 hour 1 minute 1 second")]
    [InlineData("en", 0, 2, 0, 21, "0 days 2 hours 0 minutes 21 seconds")]
    public void Render_EachAmount_TakesItsPluralForm(string culture, int days, int hours, int minutes, int seconds, string expected)
    {
        using var _ = InCulture(culture);

        var panel = RenderAt(new DateTimeOffset(Deadline - new TimeSpan(days, hours, minutes, seconds)));

        Assert.Equal(expected, panel.Find("[data-testid=countdown]").TextContent);
    }

    [Theory]
    [InlineData("sq", "Afati ka kaluar.")]
    [InlineData("en", "The deadline has passed.")]
    public void Render_AfterDeadline_SaysTheDeadlineHasPassed(string culture, string expected)
    {
        using var _ = InCulture(culture);

        var panel = RenderAt(new DateTimeOffset(Deadline.AddSeconds(1)));

        Assert.Equal(expected, panel.Find("[data-testid=countdown]").TextContent);
    }

    [Fact]
    public void Render_InSerbian_GivesTheScriptSerbianWordsAndTheExactDeadline()
    {
        using var _ = InCulture("sr-Latn");

        var panel = RenderAt(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));

        // countdown.js rewrites these texts every second from the attributes, so they must be in the page's language.
        var countdown = panel.Find("[data-testid=countdown]");
        Assert.Equal("2027-03-28T21:59:00.0000000Z", countdown.GetAttribute("data-countdown"));
        Assert.Equal(["dan", "dana", "dana", "sat", "sata", "sati", "sekunda", "sekunde", "sekundi", "Rok je istekao."],
            new[] { "days-one", "days-few", "days-other", "hours-one", "hours-few", "hours-other", "seconds-one", "seconds-few", "seconds-other", "closed" }
                .Select(a => countdown.GetAttribute("data-" + a)));
        var local = panel.Find("[data-testid=deadline-local]");
        Assert.Equal("Po vašem vremenu: {0}", local.GetAttribute("data-template"));
        Assert.True(local.HasAttribute("hidden"), "The browser-local line stays hidden until the script has filled it.");
    }

    private IRenderedComponent<DeadlinePanel> RenderAt(DateTimeOffset now)
    {
        Services.AddSingleton<TimeProvider>(new FixedClock(now));
        return Render<DeadlinePanel>(p => p.Add(c => c.Deadline, Deadline));
    }
}
