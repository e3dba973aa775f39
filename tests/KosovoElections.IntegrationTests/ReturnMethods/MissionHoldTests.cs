using System.Net;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.ReturnMethods;

/// <summary>
/// Mission places go in order of application time (SPEC §1): a draft that chose the last place and does not apply
/// within the hold period gives it back to the next applicant; one that applied keeps it. Each test opens its own
/// mission with one place.
/// </summary>
public abstract class MissionHoldTests(ReturnMethodHost fixture)
{
    private const string Page = "/apply/return-method?culture=en";
    private static readonly DateTimeOffset AfterTheHold = ReturnMethodHost.Now + VoterApplication.MissionHoldPeriod + TimeSpan.FromMinutes(1);

    [Fact]
    public async Task HoldRunsOut_TheLastPlaceGoesToTheNextApplicantAndTheDraftChoosesAgain()
    {
        fixture.Clock.Set(ReturnMethodHost.Now);
        var mission = await OpenOnePlaceMissionAsync("Konsullata në Graz");
        using (var first = await fixture.SignInAsync(1))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Page, "return-method", Fields(mission))).StatusCode);
            Assert.Contains("held for you for 24 hours", WebUtility.HtmlDecode(await first.GetPageAsync(Page)));
        }

        using (var second = await fixture.SignInAsync(2))
        {
            Assert.DoesNotContain($"data-testid=\"mission-{mission}\"", await second.GetPageAsync(Page));
        }

        fixture.Clock.Set(AfterTheHold);
        await fixture.Host.Get<ReleaseExpiredMissionHolds>().HandleAsync();
        using var later = await fixture.SignInAsync(2);
        Assert.Contains($"data-testid=\"mission-{mission}\"", await later.GetPageAsync(Page));
        var taken = await later.SubmitAsync(Page, "return-method", Fields(mission));

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(mission, (await fixture.ApplicationOfAsync(2)).MissionId);
        Assert.Equal(1, await fixture.ReservedAsync(mission));
        var released = await fixture.ApplicationOfAsync(1);
        Assert.Null(released.MissionId);
        Assert.Null(released.ReturnMethod);
        using (var back = await fixture.SignInAsync(1))
        {
            var told = WebUtility.HtmlDecode(await back.GetPageAsync(Page));
            Assert.Contains("The place held for you at Konsullata në Graz, Graz was given to the next applicant", told);
            Assert.Equal(HttpStatusCode.Redirect, (await back.SubmitAsync(Page, "return-method", new Dictionary<string, string> { ["Form.Method"] = nameof(ReturnMethod.PostalAbroad) })).StatusCode);
            Assert.DoesNotContain("data-testid=\"mission-hold-lapsed\"", await back.GetPageAsync(Page));
        }

        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ApplicationId == released.Id && e.Action == "return-method.hold-released"));
    }

    [Fact]
    public async Task Applied_KeepsThePlaceLongAfterTheHoldPeriod()
    {
        fixture.Clock.Set(ReturnMethodHost.Now);
        var mission = await OpenOnePlaceMissionAsync("Konsullata në Zürich");
        using (var browser = await fixture.SignInAsync(3))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(Page, "return-method", Fields(mission))).StatusCode);
        }

        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var application = await db.Applications.SingleAsync(a => a.PersonalNumber == SignInSeed.Numbered(3));
            application.Submit(ReferenceNumber.New(), fixture.Clock.UtcNow, fixture.Clock.UtcNow);
            await db.SaveChangesAsync();
        }

        fixture.Clock.Set(AfterTheHold.AddDays(10));
        await fixture.Host.Get<ReleaseExpiredMissionHolds>().HandleAsync();

        Assert.Equal(mission, (await fixture.ApplicationOfAsync(3)).MissionId);
        Assert.Equal(1, await fixture.ReservedAsync(mission));
    }

    private static Dictionary<string, string> Fields(Guid mission) =>
        new() { ["Form.Method"] = nameof(ReturnMethod.DiplomaticMission), ["Form.MissionId"] = mission.ToString() };

    private async Task<Guid> OpenOnePlaceMissionAsync(string name)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var mission = DiplomaticMission.Open(await db.Elections.SingleAsync(), name, "AT", "Graz", 1);
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        return mission.Id;
    }


}

public sealed class MissionHoldTestsOnSqlite(SqliteReturnMethodHost fixture) : MissionHoldTests(fixture), IClassFixture<SqliteReturnMethodHost>;

public sealed class MissionHoldTestsOnPostgres(PostgresReturnMethodHost fixture) : MissionHoldTests(fixture), IClassFixture<PostgresReturnMethodHost>;
