using System.Globalization;
using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Status;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Decisions;

/// <summary>
/// The status site with its staff, its mail going through the outbox to a real SMTP server, and the second review of
/// rejections on or off: applicants apply for real (sign-in in their language, APLIKO) and staff decide through
/// <see cref="DecideApplication"/>, the use case the decision form calls.
/// </summary>
public abstract class DecisionHost(DatabaseProvider provider, bool secondReview) : StatusHost(provider)
{
    public SmtpListener Mail { get; private set; } = default!;

    public static string AddressOf(int person) => $"voter{person}@example.org";

    public override async Task InitializeAsync()
    {
        Mail = await SmtpListener.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Mail.Dispose();
    }

    /// <summary>
    /// Person <paramref name="person"/> signs in in <paramref name="culture"/>, completes every step and sends the
    /// application with APLIKO; <paramref name="reviewer"/> then holds it in review. Returns the applicant's browser.
    /// </summary>
    public async Task<BrowserSession> InReviewAsync(int person, string culture, TestStaffMember reviewer, Func<Task>? beforeSending = null)
    {
        Clock.Set(Now);
        var browser = new BrowserSession(Host.BaseUrl);
        var signedIn = await browser.SignInAsync(SignInSeed.Numbered(person), SignInSeed.AdultBorn.AddDays(person), "/apply/sign-in?culture=" + culture);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await CompleteAsync(person);
        if (beforeSending is not null)
        {
            await beforeSending();
        }

        var sent = await browser.SubmitAsync("/apply/declaration?culture=" + culture, "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await ChangeAsync(person, (a, now) => a.BeginReview(reviewer.Id, now.AddMinutes(15), now));
        return browser;
    }

    /// <summary>The person's latest application as saved.</summary>
    public async Task<VoterApplication> ApplicationOfAsync(int person) => (await ApplicationsOfAsync(person)).Last();

    public async Task<DecisionResult> DecideAsync(TestStaffMember staff, StaffRole role, VoterApplication seen, DecisionInput decision) =>
        await Host.Get<DecideApplication>().HandleAsync(new DecideCommand(new StaffIdentity("test", staff.Id, staff.Email, role, false), seen.Id, seen.Version, decision));

    /// <summary>The decision e-mail (the one after the submission's confirmation) sent to the person.</summary>
    public async Task<EmlFile> DecisionMailAsync(int person) => (await Mail.WaitForAsync(AddressOf(person), 2))[1];

    public async Task<int> OutboxCountAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.OutboxEmails.CountAsync();
    }

    public async Task<List<AuditEvent>> AuditOfAsync(Guid application)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.ApplicationId == application).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>A diplomatic mission of the election with one of its places held by the person's application.</summary>
    public async Task<Guid> HoldMissionPlaceAsync(int person)
    {
        Guid mission;
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var election = await db.Elections.SingleAsync();
            var opened = DiplomaticMission.Open(election, "Ambasada " + person.ToString(CultureInfo.InvariantCulture), "DE", "Berlin", 5);
            db.Missions.Add(opened);
            await db.SaveChangesAsync();
            mission = opened.Id;
            await db.Missions.Where(m => m.Id == mission).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, 1));
        }

        await ChangeAsync(person, (a, now) => a.ChooseReturnMethod(ReturnMethod.DiplomaticMission, now, mission));
        return mission;
    }

    public async Task<int> ReservedAsync(Guid mission)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Missions.Where(m => m.Id == mission).Select(m => m.Reserved).SingleAsync();
    }

    /// <summary>An Assembly election (so that a diplomatic mission may hold places) with <see cref="SignInSeed"/>'s dates and numbered people.</summary>
    protected override async Task SeedAsync(TestHost host)
    {
        var created = await host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet për Kuvend 2027", ElectionKind.Assembly, SignInSeed.ElectionDay, SignInSeed.Opens.UtcDateTime, SignInSeed.Closes.UtcDateTime, "test"));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        await host.AddToRegistryAsync(Enumerable.Range(0, 30).Select(i => RegistryPeople.Person(SignInSeed.Numbered(i), SignInSeed.AdultBorn.AddDays(i))));
    }

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Review:SecondReviewOfRejections"] = secondReview ? "true" : "false",
    };
}

public sealed class SqliteDecisionHost() : DecisionHost(DatabaseProvider.Sqlite, secondReview: true);

public sealed class PostgresDecisionHost() : DecisionHost(DatabaseProvider.Postgres, secondReview: true);

public sealed class SqliteSingleReviewHost() : DecisionHost(DatabaseProvider.Sqlite, secondReview: false);

public sealed class PostgresSingleReviewHost() : DecisionHost(DatabaseProvider.Postgres, secondReview: false);
