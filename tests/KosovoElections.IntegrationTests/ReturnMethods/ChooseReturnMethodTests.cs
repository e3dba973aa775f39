using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.ReturnMethods;

/// <summary>The ballot return method on both providers: mission places reserved atomically, given back, only before the deadline, only one's own.</summary>
public abstract class ChooseReturnMethodTests(DataFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static int _people;

    [Fact]
    public async Task Choose_MissionWithRoom_ReservesOnePlaceAndAuditsAMaskedApplicant()
    {
        var mission = await NewMissionAsync("DE", capacity: 3);
        var applicant = await NewApplicantAsync();

        var status = await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, mission);

        Assert.Equal(ReturnMethodSaveStatus.Saved, status);
        Assert.Equal(1, await ReservedAsync(mission));
        var application = await ApplicationOfAsync(applicant);
        Assert.Equal((ReturnMethod.DiplomaticMission, mission), (application.ReturnMethod!.Value, application.MissionId!.Value));
        await using var db = await fixture.Db.CreateAsync();
        var audit = await db.AuditEvents.SingleAsync(e => e.ApplicationId == application.Id && e.Action == "return-method.chosen");
        Assert.Equal($"method=DiplomaticMission mission={mission}", audit.Details);
        Assert.Equal("*******" + applicant.PersonalNumber[^3..], audit.Actor);
    }

    [Fact]
    public async Task Choose_PostalAfterMission_GivesThePlaceBack()
    {
        var mission = await NewMissionAsync("CH", capacity: 2);
        var applicant = await NewApplicantAsync();
        await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, mission);

        var status = await ChooseAsync(applicant, ReturnMethod.PostalAbroad);

        Assert.Equal(ReturnMethodSaveStatus.Saved, status);
        Assert.Equal(0, await ReservedAsync(mission));
        Assert.Null((await ApplicationOfAsync(applicant)).MissionId);
    }

    [Fact]
    public async Task Withdraw_AfterChoosingAMission_GivesThePlaceBack()
    {
        var mission = await NewMissionAsync("CH", capacity: 1);
        var applicant = await NewApplicantAsync();
        await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, mission);
        Assert.Equal(1, await ReservedAsync(mission));

        var status = await fixture.Get<KosovoElections.Application.Registration.Withdrawal.WithdrawApplication>().HandleAsync(applicant);

        Assert.Equal(KosovoElections.Application.Registration.Withdrawal.WithdrawStatus.Withdrawn, status);
        Assert.Equal(0, await ReservedAsync(mission));
    }

    [Fact]
    public async Task Choose_AnotherMission_MovesThePlaceAndTheSameMissionAgainReservesNothingMore()
    {
        var first = await NewMissionAsync("DE", capacity: 2);
        var second = await NewMissionAsync("AT", capacity: 2);
        var applicant = await NewApplicantAsync();
        await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, first);

        Assert.Equal(ReturnMethodSaveStatus.Saved, await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, second));
        Assert.Equal(ReturnMethodSaveStatus.Saved, await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, second));

        Assert.Equal((0, 1), (await ReservedAsync(first), await ReservedAsync(second)));
        Assert.Equal(second, (await ApplicationOfAsync(applicant)).MissionId);
    }

    [Fact]
    public async Task Choose_FullMission_IsRefusedAndKeepsThePlaceHeldBefore()
    {
        var held = await NewMissionAsync("DE", capacity: 1);
        var full = await NewMissionAsync("CH", capacity: 1);
        var applicant = await NewApplicantAsync();
        await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, held);
        await ChooseAsync(await NewApplicantAsync(), ReturnMethod.DiplomaticMission, full);

        var status = await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, full);

        Assert.Equal(ReturnMethodSaveStatus.MissionFull, status);
        Assert.Equal((1, 1), (await ReservedAsync(held), await ReservedAsync(full)));
        Assert.Equal(held, (await ApplicationOfAsync(applicant)).MissionId);
    }

    [Fact]
    public async Task Choose_AfterTheDeadline_IsRefusedAndReservesNothing()
    {
        var mission = await NewMissionAsync("DE", capacity: 5);
        var applicant = await NewApplicantAsync();
        var closes = await ClosesAtAsync(applicant);
        try
        {
            fixture.Clock.Set(closes.AddSeconds(1));
            Assert.Equal(ReturnMethodSaveStatus.NotEditable, await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, mission));
            Assert.Null(await fixture.Get<GetReturnMethodChoices>().HandleAsync(applicant));
        }
        finally
        {
            fixture.Clock.Set(Now);
        }

        Assert.Equal(0, await ReservedAsync(mission));
        Assert.Null((await ApplicationOfAsync(applicant)).ReturnMethod);
    }

    [Fact]
    public async Task Choose_ForSomeoneElse_ChangesOnlyTheCallersOwnApplication()
    {
        var mission = await NewMissionAsync("DE", capacity: 5);
        var owner = await NewApplicantAsync();
        var other = await NewApplicantAsync();
        var stranger = new ApplicantIdentity("forged", "5999999999", owner.ElectionId);

        Assert.Equal(ReturnMethodSaveStatus.NotEditable, await ChooseAsync(stranger, ReturnMethod.DiplomaticMission, mission));
        Assert.Equal(ReturnMethodSaveStatus.Saved, await ChooseAsync(other, ReturnMethod.PostalKosovo));

        Assert.Null((await ApplicationOfAsync(owner)).ReturnMethod);
        Assert.Equal(ReturnMethod.PostalKosovo, (await ApplicationOfAsync(other)).ReturnMethod);
        Assert.Equal(0, await ReservedAsync(mission));
    }

    [Fact]
    public async Task Choose_MissionWithoutOrOfNoElection_IsRefused()
    {
        var applicant = await NewApplicantAsync();
        Assert.Equal(ReturnMethodSaveStatus.MissionMissing, await ChooseAsync(applicant, ReturnMethod.DiplomaticMission));
        Assert.Equal(ReturnMethodSaveStatus.MissionMissing, await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, Guid.NewGuid()));
        Assert.Equal(ReturnMethodSaveStatus.MethodMissing, await ChooseAsync(applicant, null));
        Assert.Null((await ApplicationOfAsync(applicant)).ReturnMethod);
    }

    [Fact]
    public async Task Choices_ResidentOfCountryWithItsOwnMailbox_ShowsItAndTheirCountrysMissionsFirstWithoutFullOnes()
    {
        var full = await NewMissionAsync("CH", capacity: 1, city: "Bern");
        await ChooseAsync(await NewApplicantAsync(), ReturnMethod.DiplomaticMission, full);
        var abroad = await NewMissionAsync("AT", capacity: 4, city: "Wien");
        var home = await NewMissionAsync("CH", capacity: 4, city: "Zürich");
        var swiss = await NewApplicantAsync("CH");
        var french = await NewApplicantAsync("FR");

        var forSwiss = (await fixture.Get<GetReturnMethodChoices>().HandleAsync(swiss))!;
        var forFrench = (await fixture.Get<GetReturnMethodChoices>().HandleAsync(french))!;

        Assert.Equal("Postfach 100\n8021 Zürich", forSwiss.AbroadMailbox);
        Assert.Equal("P.O. Box 100\n1000 Skopje", forFrench.AbroadMailbox);
        Assert.Equal("Kutia Postare 1000\n10000 Prishtinë", forFrench.KosovoMailbox);
        Assert.Contains(ReturnMethod.DiplomaticMission, forSwiss.Methods);
        var swissMissions = forSwiss.Missions.Select(m => m.Id).ToList();
        Assert.DoesNotContain(full, swissMissions);
        Assert.True(swissMissions.IndexOf(home) < swissMissions.IndexOf(abroad));
        Assert.Equal(4, forSwiss.Missions.Single(m => m.Id == home).PlacesLeft);
    }

    [Fact]
    public async Task LastPlace_TwoApplicantsAtOnce_ExactlyOneGetsItAndTheOtherCanPost()
    {
        for (var round = 0; round < 25; round++)
        {
            var mission = await NewMissionAsync("DE", capacity: 1);
            var first = await NewApplicantAsync();
            var second = await NewApplicantAsync();
            using var start = new SemaphoreSlim(0, 2);
            async Task<ReturnMethodSaveStatus> Race(ApplicantIdentity applicant)
            {
                await start.WaitAsync();
                return await ChooseAsync(applicant, ReturnMethod.DiplomaticMission, mission);
            }

            var racing = new[] { Task.Run(() => Race(first)), Task.Run(() => Race(second)) };
            start.Release(2);
            var results = await Task.WhenAll(racing);

            Assert.Equal(1, results.Count(r => r == ReturnMethodSaveStatus.Saved));
            Assert.Equal(1, results.Count(r => r == ReturnMethodSaveStatus.MissionFull));
            Assert.Equal(1, await ReservedAsync(mission));
            var loser = results[0] == ReturnMethodSaveStatus.MissionFull ? first : second;
            Assert.Null((await ApplicationOfAsync(loser)).MissionId);
            var choices = (await fixture.Get<GetReturnMethodChoices>().HandleAsync(loser))!;
            Assert.DoesNotContain(choices.Missions, m => m.Id == mission);
            Assert.Contains(ReturnMethod.PostalAbroad, choices.Methods);
            Assert.Equal(ReturnMethodSaveStatus.Saved, await ChooseAsync(loser, ReturnMethod.PostalAbroad));
        }
    }

    private Task<ReturnMethodSaveStatus> ChooseAsync(ApplicantIdentity applicant, ReturnMethod? method, Guid? mission = null) =>
        fixture.Get<ChooseReturnMethod>().HandleAsync(new ChooseReturnMethodCommand(applicant, new ReturnMethodForm { Method = method, MissionId = mission }));

    private async Task<int> ReservedAsync(Guid mission)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Missions.Where(m => m.Id == mission).Select(m => m.Reserved).SingleAsync();
    }

    private async Task<VoterApplication> ApplicationOfAsync(ApplicantIdentity applicant)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.PersonalNumber == applicant.PersonalNumber);
    }

    private async Task<DateTime> ClosesAtAsync(ApplicantIdentity applicant)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Elections.Where(e => e.Id == applicant.ElectionId).Select(e => e.ClosesAt).SingleAsync();
    }

    private async Task<Guid> NewMissionAsync(string country, int capacity, string city = "Berlin")
    {
        await using var db = await fixture.Db.CreateAsync();
        var mission = DiplomaticMission.Open(await ElectionAsync(db), "Ambasada", country, city, capacity);
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        return mission.Id;
    }

    /// <summary>The fixture's Assembly election, created with its mailboxes (Kosovo, default abroad, Switzerland) the first time.</summary>
    private static async Task<Election> ElectionAsync(Infrastructure.Persistence.ElectionsDbContext db)
    {
        if (await db.Elections.FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        var now = Now.UtcDateTime;
        var election = Election.Create("Zgjedhjet për Kuvend 2027", ElectionKind.Assembly, new DateOnly(2027, 4, 11), now.AddDays(-1), now.AddDays(20));
        db.Elections.Add(election);
        db.Mailboxes.AddRange(
            Mailbox.InKosovo(election, "Kutia Postare 1000\n10000 Prishtinë"),
            Mailbox.Abroad(election, null, "P.O. Box 100\n1000 Skopje"),
            Mailbox.Abroad(election, "CH", "Postfach 100\n8021 Zürich"));
        await db.SaveChangesAsync();
        return election;
    }

    /// <summary>A new person with a draft (e-mail and address in <paramref name="country"/> recorded) in the fixture's election.</summary>
    private async Task<ApplicantIdentity> NewApplicantAsync(string country = "DE")
    {
        fixture.Clock.Set(Now);
        var now = Now.UtcDateTime;
        await using var db = await fixture.Db.CreateAsync();
        var election = await ElectionAsync(db);
        var number = (5_600_000_000L + Interlocked.Increment(ref _people)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        var application = VoterApplication.Start(election.Id, number, ApplicationChannel.Online, now);
        application.RecordVerifiedEmail($"{number}@example.org", now);
        application.RecordAddress(new AddressAbroad(country, "City", "Street 1", "1000"), "+41441234567", now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return new ApplicantIdentity("test", number, election.Id);
    }
}

public sealed class ChooseReturnMethodTestsOnSqlite(SqliteFixture fixture) : ChooseReturnMethodTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ChooseReturnMethodTestsOnPostgres(PostgresFixture fixture) : ChooseReturnMethodTests(fixture), IClassFixture<PostgresFixture>;
