using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>A mission's capacity change on both providers, against applicants taking places at the same moment.</summary>
public abstract class MissionCapacityTests(DataFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static int _people;

    [Fact]
    public async Task Lower_WhileAnApplicantTakesTheLastPlace_OneOfThemWinsAndNoMissionIsOverbooked()
    {
        for (var round = 0; round < 20; round++)
        {
            var (election, mission) = await NewMissionAsync(capacity: 2);
            await ChooseAsync(await NewApplicantAsync(election), mission);
            var applicant = await NewApplicantAsync(election);
            using var start = new SemaphoreSlim(0, 2);
            async Task<bool> Lower()
            {
                await start.WaitAsync();
                return (await fixture.Get<ChangeMissionCapacity>().HandleAsync(new ChangeMissionCapacityCommand(election, mission, 1, "admin"))).Succeeded;
            }

            async Task<bool> Take()
            {
                await start.WaitAsync();
                return await ChooseAsync(applicant, mission) == ReturnMethodSaveStatus.Saved;
            }

            var lowering = Task.Run(Lower);
            var taking = Task.Run(Take);
            start.Release(2);
            var (lowered, taken) = (await lowering, await taking);

            Assert.True(lowered ^ taken, $"round {round}: lowered={lowered} taken={taken}");
            var (capacity, reserved) = await PlacesAsync(mission);
            Assert.Equal(lowered ? (1, 1) : (2, 2), (capacity, reserved));
        }
    }

    [Fact]
    public async Task Lower_BelowThePlacesTaken_IsRefusedWithTheCountAndChangesNothing()
    {
        var (election, mission) = await NewMissionAsync(capacity: 5);
        await ChooseAsync(await NewApplicantAsync(election), mission);
        await ChooseAsync(await NewApplicantAsync(election), mission);

        var outcome = await fixture.Get<ChangeMissionCapacity>().HandleAsync(new ChangeMissionCapacityCommand(election, mission, 1, "admin"));

        Assert.Equal(ChangeMissionCapacity.BelowTaken, Assert.Single(outcome.Errors).Key);
        Assert.Equal([2, 1], outcome.Errors[0].Arguments);
        Assert.Equal((5, 2), await PlacesAsync(mission));
        var elsewhere = await fixture.Get<ChangeMissionCapacity>().HandleAsync(new ChangeMissionCapacityCommand(Guid.NewGuid(), mission, 9, "admin"));
        Assert.Equal(ChangeMissionCapacity.NoMission, Assert.Single(elsewhere.Errors).Key);
    }

    private Task<ReturnMethodSaveStatus> ChooseAsync(ApplicantIdentity applicant, Guid mission) =>
        fixture.Get<ChooseReturnMethod>().HandleAsync(new ChooseReturnMethodCommand(applicant, new ReturnMethodForm { Method = ReturnMethod.DiplomaticMission, MissionId = mission }));

    private async Task<(int Capacity, int Reserved)> PlacesAsync(Guid mission)
    {
        await using var db = await fixture.Db.CreateAsync();
        var row = await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission);
        return (row.Capacity, row.Reserved);
    }

    /// <summary>A mission of the fixture's Assembly election (created the first time).</summary>
    private async Task<(Guid Election, Guid Mission)> NewMissionAsync(int capacity)
    {
        await using var db = await fixture.Db.CreateAsync();
        var election = await db.Elections.FirstOrDefaultAsync();
        if (election is null)
        {
            election = Election.Create("Zgjedhjet për Kuvend 2027", ElectionKind.Assembly, new DateOnly(2027, 4, 11), Now.UtcDateTime.AddDays(-1), Now.UtcDateTime.AddDays(20));
            db.Elections.Add(election);
        }

        var mission = DiplomaticMission.Open(election, "Ambasada në Bern", "CH", "Bern", capacity);
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        return (election.Id, mission.Id);
    }

    private async Task<ApplicantIdentity> NewApplicantAsync(Guid election)
    {
        fixture.Clock.Set(Now);
        var now = Now.UtcDateTime;
        await using var db = await fixture.Db.CreateAsync();
        var number = (5_700_000_000L + Interlocked.Increment(ref _people)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        db.Applications.Add(VoterApplication.Start(election, number, ApplicationChannel.Online, now));
        await db.SaveChangesAsync();
        return new ApplicantIdentity("test", number, election);
    }
}

public sealed class MissionCapacityTestsOnSqlite(SqliteFixture fixture) : MissionCapacityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MissionCapacityTestsOnPostgres(PostgresFixture fixture) : MissionCapacityTests(fixture), IClassFixture<PostgresFixture>;
