using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>When a mayoral runoff may be opened, on both providers: from the first round's day, once, by one of two admins at once.</summary>
public abstract class RunoffOpeningTests(DataFixture fixture)
{
    private static readonly int[] Rahovec = [29];

    [Fact]
    public async Task Open_BeforeElectionDayOrOfAnAssemblyElection_IsRefusedWithTheRule()
    {
        var local = await NewElectionAsync(ElectionKind.Local, new DateOnly(2027, 5, 2));
        var assembly = await NewElectionAsync(ElectionKind.Assembly, new DateOnly(2027, 5, 2));
        fixture.Clock.Set(new DateTimeOffset(2027, 5, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(OpenRunoff.TooEarly, (await OpenAsync(local)).Errors.Single().Key);
        Assert.Equal(OpenRunoff.LocalOnly, (await OpenAsync(assembly)).Errors.Single().Key);
        fixture.Clock.Set(new DateTimeOffset(2027, 5, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(OpenRunoff.TooLate, (await OpenAsync(local)).Errors.Single().Key);
        fixture.Clock.Set(new DateTimeOffset(2027, 5, 3, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(OpenRunoff.NoMunicipality, (await OpenAsync(local, [])).Errors.Single().Key);
        Assert.Equal(OpenRunoff.NoMunicipality, (await OpenAsync(local, [99])).Errors.Single().Key);

        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.Elections.AnyAsync(e => e.RunoffOf == local || e.RunoffOf == assembly));
    }

    [Fact]
    public async Task Open_ByTwoAdminsAtOnce_OpensExactlyOneRunoffAndRefusesTheOther()
    {
        for (var round = 0; round < 10; round++)
        {
            var day = new DateOnly(2028, 1, 2).AddDays(7 * round * 5);
            var local = await NewElectionAsync(ElectionKind.Local, day);
            fixture.Clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            using var start = new SemaphoreSlim(0, 2);
            async Task<bool> Open()
            {
                await start.WaitAsync();
                return (await OpenAsync(local)).Succeeded;
            }

            var racing = new[] { Task.Run(Open), Task.Run(Open) };
            start.Release(2);
            var results = await Task.WhenAll(racing);

            Assert.Equal(1, results.Count(r => r));
            await using var db = await fixture.Db.CreateAsync();
            Assert.Equal(1, await db.Elections.CountAsync(e => e.RunoffOf == local));
            Assert.Equal(OpenRunoff.AlreadyOpen, (await OpenAsync(local)).Errors.Single().Key);
        }
    }

    private Task<KosovoElections.Application.Common.Outcome<RunoffOpened>> OpenAsync(Guid firstRound, int[]? municipalities = null) =>
        fixture.Get<OpenRunoff>().HandleAsync(new OpenRunoffCommand(firstRound, municipalities ?? Rahovec, "admin"));

    private async Task<Guid> NewElectionAsync(ElectionKind kind, DateOnly day)
    {
        await using var db = await fixture.Db.CreateAsync();
        var opens = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-40);
        var election = Election.Create($"Zgjedhjet {kind} {day:yyyy-MM-dd}", kind, day, opens, opens.AddDays(20));
        db.Elections.Add(election);
        await db.SaveChangesAsync();
        return election.Id;
    }
}

public sealed class RunoffOpeningTestsOnSqlite(SqliteFixture fixture) : RunoffOpeningTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RunoffOpeningTestsOnPostgres(PostgresFixture fixture) : RunoffOpeningTests(fixture), IClassFixture<PostgresFixture>;
