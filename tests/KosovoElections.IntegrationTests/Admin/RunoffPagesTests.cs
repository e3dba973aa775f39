using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Registration.Receipt;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Exports;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>The mayoral runoff opened by an admin through the page over HTTP against the real host (art. 9.6, issue 14).</summary>
public abstract class RunoffPagesTests(RunoffHost fixture)
{
    private const int Rahovec = 29;
    private const int Decan = 1;

    private TestHost Host => fixture.Host;

    private string RunoffPage => $"/office/admin/elections/{fixture.FirstRoundId}/runoff";

    [Fact]
    public async Task Runoff_OpenedForOneMunicipality_CarriesOverOnlyItsApprovedVotersWithTheirReceiptsIntoItsExportsAndStatistics()
    {
        var approved = await fixture.ApplicationsAsync(Rahovec, 6, (a, now) => a.Approve(ReceiptCode.New(), Guid.NewGuid(), now));
        await fixture.ApplicationsAsync(Decan, 2, (a, now) => a.Approve(ReceiptCode.New(), Guid.NewGuid(), now));
        var rejected = await fixture.ApplicationsAsync(Rahovec, 1, (a, now) => a.Reject([DecisionReason.NotEligible], null, Guid.NewGuid(), now));
        var pending = await fixture.ApplicationsAsync(Rahovec, 1, (_, _) => { });
        fixture.Clock.Set(new DateTimeOffset(2027, 7, 12, 8, 0, 0, TimeSpan.Zero));
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;

        var page = await admin.GetPageAsync(RunoffPage + "?culture=en");
        Assert.Contains("The second round is held on the Sunday four weeks later, 08.08.2027", page, StringComparison.Ordinal);
        Assert.Contains("Rahovec <span class=\"hint\">(approved: 6)</span>", page, StringComparison.Ordinal);
        var opened = await admin.SubmitAsync(RunoffPage, "runoff", new Dictionary<string, string> { ["Form.Municipalities"] = Rahovec.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var runoff = await db.Elections.AsNoTracking().SingleAsync(e => e.RunoffOf == fixture.FirstRoundId);
        Assert.Equal($"/office/admin/elections/{runoff.Id}?created=1", opened.Headers.Location!.PathAndQuery);
        Assert.Equal((ElectionKind.MayoralRunoff, new DateOnly(2027, 8, 8)), (runoff.Kind, runoff.ElectionDay));
        Assert.Equal(new ElectionName("Zgjedhjet 2027 – balotazhi", "Zgjedhjet 2027 – drugi krug", "Zgjedhjet 2027 – second round"), runoff.Names);
        var carried = await db.Applications.AsNoTracking().Where(a => a.ElectionId == runoff.Id).ToListAsync();
        Assert.Equal(approved.Select(a => a.PersonalNumber).Order(), carried.Select(a => a.PersonalNumber).Order());
        Assert.All(carried, a => Assert.Equal(ApplicationStatus.Approved, a.Status));
        Assert.Equal(approved.ToDictionary(a => a.Id, a => a.ReceiptCode), carried.ToDictionary(a => a.CarriedOverFrom!.Value, a => a.ReceiptCode));
        Assert.DoesNotContain(carried, a => a.PersonalNumber == rejected[0].PersonalNumber || a.PersonalNumber == pending[0].PersonalNumber);
        Assert.Equal(2, await db.Mailboxes.CountAsync(m => m.ElectionId == runoff.Id));
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.Administration.RunoffOpened).SingleAsync();
        Assert.Equal(member.Id.ToString(), audit.Actor);
        Assert.EndsWith($"municipalities={Rahovec} carried-over=6", audit.Details, StringComparison.Ordinal);

        var receipt = await Host.Get<GetMyReceipt>().HandleAsync(new ApplicantIdentity("test", approved[0].PersonalNumber, runoff.Id));
        Assert.Equal(approved[0].ReceiptCode, receipt!.ReceiptCode);
        var exported = await CsvRows.ReadAsync(await admin.GetAsync("/office/admin/exports/approved-voters.csv"));
        Assert.Equal(approved.Select(a => a.PersonalNumber).Order(), exported.Skip(1).Select(r => r[0]).Order());
        var daily = await CsvRows.ReadAsync(await admin.GetAsync("/office/admin/exports/daily-statistics.csv"));
        Assert.Equal(6, daily.Skip(1).Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        var deadline = await Host.Get<SetDeadline>().HandleAsync(new SetDeadlineCommand(runoff.ElectionDay.AddDays(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), "reopen", "test", runoff.Id));
        Assert.Equal(SetDeadline.RunoffHasNone, Assert.Single(deadline.Errors).Key);
        Assert.DoesNotContain("data-testid=\"election-deadline-link\"", await admin.GetPageAsync($"/office/admin/elections/{runoff.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"start-button\"", await new BrowserSession(Host.BaseUrl).GetPageAsync("/?culture=en"), StringComparison.Ordinal);

        // Its day follows from the first round and its voters keep their return methods: only its names change.
        var runoffPage = $"/office/admin/elections/{runoff.Id}";
        var shown = await admin.GetPageAsync(runoffPage + "?culture=en");
        Assert.DoesNotContain("data-testid=\"election-day-day\"", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"election-postal-abroad\"", shown, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"election-runoff-day\">08.08.2027", shown, StringComparison.Ordinal);
        var renamed = await admin.SubmitAsync(runoffPage, "election", new Dictionary<string, string>
        {
            ["Form.Name"] = "Balotazhi 2027",
            ["Form.NameSr"] = "Drugi krug 2027",
            ["Form.NameEn"] = "Second round 2027",
            ["Form.Day.Day"] = "15",
            ["Form.Day.Month"] = "08",
            ["Form.Day.Year"] = "2027",
        });
        Assert.Contains("data-testid=\"election-saved\"", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == runoff.Id);
        Assert.Equal(("Second round 2027", new DateOnly(2027, 8, 8), runoff.OffersPostalAbroad), (after.NameEn, after.ElectionDay, after.OffersPostalAbroad));
        var moved = await Host.Get<EditElection>().HandleAsync(new EditElectionCommand(
            runoff.Id, runoff.Name, runoff.NameSr, runoff.NameEn, new DateOnly(2027, 8, 15), runoff.OffersPostalAbroad, runoff.OffersPostalKosovo, member.Id));
        Assert.Equal(EditElection.RunoffFollowsFirstRound, Assert.Single(moved.Errors).Key);

        var again = await admin.PostAsync(RunoffPage, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserSession.TokenOf(page),
            ["_handler"] = "runoff",
            ["Form.Municipalities"] = Decan.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("data-testid=\"runoff-open\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await db.Elections.CountAsync(e => e.RunoffOf == fixture.FirstRoundId));
        Assert.Equal(6, await db.Applications.CountAsync(a => a.ElectionId == runoff.Id));
    }

    [Fact]
    public async Task RunoffPage_ForReviewerAndSupervisor_IsForbiddenAndTheirPostOpensNothing()
    {
        var refused = new List<string>();
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            var (staff, member) = await fixture.SignedInStaffAsync(role);
            using var _ = staff;
            refused.Add(member.Id.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(RunoffPage)).StatusCode);
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = BrowserSession.TokenOf(await staff.GetPageAsync("/office")),
                ["_handler"] = "runoff",
                ["Form.Municipalities"] = Rahovec.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync(RunoffPage, fields)).StatusCode);
        }

        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Administration.RunoffOpened && refused.Contains(e.Actor)));
    }
}

/// <summary>The sign-in seed's Local election (day 11.07.2027) with its mailboxes in Kosovo and abroad.</summary>
public abstract class RunoffHost(DatabaseProvider provider) : StaffSiteHost(provider, "runoff")
{
    private static int _people;

    public Guid FirstRoundId { get; private set; }

    /// <summary><paramref name="count"/> new people of <paramref name="municipality"/>, each with an application sent in the first round and then <paramref name="then"/>.</summary>
    public async Task<List<VoterApplication>> ApplicationsAsync(int municipality, int count, Action<VoterApplication, DateTime> then)
    {
        var now = ApplicantSiteHost.Now.UtcDateTime;
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var made = new List<VoterApplication>();
        for (var i = 0; i < count; i++)
        {
            var number = (5_800_000_000L + Interlocked.Increment(ref _people)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.RegistryEntries.Add(new CivilRegistryEntry(number, RegistryPeople.FirstName, RegistryPeople.LastName, null, new DateOnly(1990, 1, 1), Sex.Female, municipality, RegistryStatus.Active));
            var application = VoterApplication.Start(FirstRoundId, number, ApplicationChannel.Online, now);
            application.RecordVerifiedEmail($"{number}@example.org", now);
            application.RecordAddress(new AddressAbroad("DE", "Berlin", "Straße 1", "10115"), "+4930123456", now);
            application.ChooseReturnMethod(ReturnMethod.PostalAbroad, now);
            application.Submit(ReferenceNumber.New(), now, now);
            application.BeginReview(Guid.NewGuid(), now.AddMinutes(15), now);
            then(application, now);
            db.Applications.Add(application);
            made.Add(application);
        }

        await db.SaveChangesAsync();
        return made;
    }

    protected override async Task SeedAsync(TestHost host)
    {
        await base.SeedAsync(host);
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        var first = await db.Elections.SingleAsync();
        FirstRoundId = first.Id;
        db.Mailboxes.AddRange(Mailbox.InKosovo(first, "Kutia Postare 1000\n10000 Prishtinë"), Mailbox.Abroad(first, null, "P.O. Box 100\n1000 Skopje"));
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteRunoffHost() : RunoffHost(DatabaseProvider.Sqlite);

public sealed class PostgresRunoffHost() : RunoffHost(DatabaseProvider.Postgres);

public sealed class RunoffPagesTestsOnSqlite(SqliteRunoffHost fixture) : RunoffPagesTests(fixture), IClassFixture<SqliteRunoffHost>;

public sealed class RunoffPagesTestsOnPostgres(PostgresRunoffHost fixture) : RunoffPagesTests(fixture), IClassFixture<PostgresRunoffHost>;
