using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>An election's mailboxes and missions through the admin pages over HTTP against the real host (SPEC §6, issue 14).</summary>
public abstract class ElectionSetupPagesTests(ElectionSetupHost fixture)
{
    private TestHost Host => fixture.Host;

    private string LocalPage => $"/office/admin/elections/{fixture.LocalId}";

    private string AssemblyPage => $"/office/admin/elections/{fixture.AssemblyId}";

    [Fact]
    public async Task Mailbox_AddedThenChangedByThePage_IsListedWithItsLinesAndAuditedUnderTheAdmin()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;

        var added = await admin.SubmitAsync($"{LocalPage}/mailboxes/new?culture=en", "mailbox", Mailbox("country", "AT", "Postfach 10\r\n1010 Wien"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{LocalPage}?done=mailbox-added", added.Headers.Location!.PathAndQuery);
        var mailbox = await MailboxAsync(fixture.LocalId, "AT");
        Assert.Equal("Postfach 10\n1010 Wien", mailbox.Address);
        var page = await admin.GetPageAsync($"{LocalPage}?done=mailbox-added&culture=en");
        Assert.Contains("data-testid=\"election-setup-done\" data-done=\"mailbox-added\">The mailbox was added.<", page, StringComparison.Ordinal);
        Assert.Contains("Abroad – Austria</dt>", page, StringComparison.Ordinal);
        Assert.Contains("Postfach 10&#xA;1010 Wien</dd>", page, StringComparison.Ordinal);
        Assert.Equal(member.Id.ToString(), (await LastAuditAsync(AuditActions.Administration.MailboxAdded)).Actor);

        var changed = await admin.SubmitAsync($"{LocalPage}/mailboxes/{mailbox.Id}", "mailbox", Mailbox("country", "AT", "Postfach 20\n1020 Wien"));

        Assert.Equal($"{LocalPage}?done=mailbox-changed", changed.Headers.Location!.PathAndQuery);
        Assert.Equal("Postfach 20\n1020 Wien", (await MailboxAsync(fixture.LocalId, "AT")).Address);
        var audit = await LastAuditAsync(AuditActions.Administration.MailboxChanged);
        Assert.Equal((member.Id.ToString(), $"{fixture.LocalId} place=Abroad country=AT"), (audit.Actor, audit.Details));
    }

    [Fact]
    public async Task Mailbox_WithoutAddressOrCountry_ShowsEachErrorAtItsFieldAndSavesNothing()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var noAddress = await admin.SubmitAsync($"{LocalPage}/mailboxes/new?culture=en", "mailbox", Mailbox("country", "BE", " "));
        var page = await noAddress.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-mailbox-address\">A mailbox needs an address.<", page, StringComparison.Ordinal);
        Assert.Contains("value=\"BE\" selected", page, StringComparison.Ordinal);

        var noCountry = await admin.SubmitAsync($"{LocalPage}/mailboxes/new?culture=en", "mailbox", Mailbox("country", string.Empty, "Postbus 1\n1000 Brussel"));
        page = await noCountry.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-mailbox-country\">Choose the mailbox&#x27;s country.<", page, StringComparison.Ordinal);
        Assert.Contains("Postbus 1&#xA;1000 Brussel</textarea>", page, StringComparison.Ordinal);

        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.Mailboxes.AnyAsync(m => m.CountryCode == "BE"));
    }

    [Fact]
    public async Task Mailbox_WhileALiveApplicationPostsThere_IsNotRemovedAndSaysHowMany_ThenGoesOnceItIsWithdrawn()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;
        var kosovo = await MailboxAsync(fixture.LocalId, null, MailboxPlace.Kosovo);
        var application = await fixture.DraftPostingToKosovoAsync();
        var removePage = $"{LocalPage}/mailboxes/{kosovo.Id}?culture=en";

        var asked = await admin.SubmitAsync(removePage, "remove-mailbox", new Dictionary<string, string>());
        Assert.Contains("data-testid=\"mailbox-remove-confirm\"", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await admin.SubmitAsync(removePage, "remove-mailbox", new Dictionary<string, string> { ["Removal.Confirmed"] = "true" });

        Assert.Contains("live applications that return their ballot here: 1.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            Assert.True(await db.Mailboxes.AnyAsync(m => m.Id == kosovo.Id));
            var draft = await db.Applications.SingleAsync(a => a.Id == application);
            draft.Withdraw(ApplicantSiteHost.Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        var removed = await admin.SubmitAsync(removePage, "remove-mailbox", new Dictionary<string, string> { ["Removal.Confirmed"] = "true" });

        Assert.Equal($"{LocalPage}?done=mailbox-removed", removed.Headers.Location!.PathAndQuery);
        Assert.Contains("data-testid=\"mailboxes-missing\"", await admin.GetPageAsync(LocalPage), StringComparison.Ordinal);
        Assert.Equal(member.Id.ToString(), (await LastAuditAsync(AuditActions.Administration.MailboxRemoved)).Actor);
        await Host.Get<AddMailbox>().HandleAsync(new AddMailboxCommand(MailboxPlace.Kosovo, null, kosovo.Address, "test", fixture.LocalId));
    }

    [Fact]
    public async Task Mission_AddedToTheAssemblyElection_IsListedAndItsCapacityCannotGoBelowThePlacesTaken()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;
        var fields = new Dictionary<string, string> { ["Form.Name"] = "Ambasada në Oslo", ["Form.Country"] = "NO", ["Form.City"] = "Oslo", ["Form.Capacity"] = "3" };

        var added = await admin.SubmitAsync($"{AssemblyPage}/missions/new", "mission", fields);

        Assert.Equal($"{AssemblyPage}?done=mission-added", added.Headers.Location!.PathAndQuery);
        Guid mission;
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var saved = await db.Missions.SingleAsync(m => m.Name == "Ambasada në Oslo");
            Assert.Equal((fixture.AssemblyId, "NO", 3), (saved.ElectionId, saved.CountryCode, saved.Capacity));
            mission = saved.Id;
            await db.Missions.Where(m => m.Id == mission).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, 2));
        }

        Assert.Equal(member.Id.ToString(), (await LastAuditAsync(AuditActions.Administration.MissionAdded)).Actor);
        Assert.Contains("Ambasada në Oslo</td>", await admin.GetPageAsync(AssemblyPage), StringComparison.Ordinal);
        var missionPage = $"{AssemblyPage}/missions/{mission}?culture=en";

        var below = await admin.SubmitAsync(missionPage, "mission", new Dictionary<string, string> { ["Form.Capacity"] = "1" });
        var page = await below.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-mission-capacity\">Places already taken: 2; the capacity cannot be 1. Enter at least 2.<", page, StringComparison.Ordinal);
        var notANumber = await admin.SubmitAsync(missionPage, "mission", new Dictionary<string, string> { ["Form.Capacity"] = "lots" });
        Assert.Contains("Enter the capacity as a whole number", await notANumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await CapacityAsync(mission));

        var lowered = await admin.SubmitAsync(missionPage, "mission", new Dictionary<string, string> { ["Form.Capacity"] = "2" });

        Assert.Equal($"{AssemblyPage}?done=mission-changed", lowered.Headers.Location!.PathAndQuery);
        Assert.Equal(2, await CapacityAsync(mission));
        var audit = await LastAuditAsync(AuditActions.Administration.MissionCapacityChanged);
        Assert.Equal((member.Id.ToString(), $"{fixture.AssemblyId} mission={mission} capacity=3->2 taken=2"), (audit.Actor, audit.Details));
    }

    [Fact]
    public async Task Missions_OfALocalElection_AreNotOfferedAndAPostedMissionIsRefused()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        Assert.DoesNotContain("data-testid=\"mission-add\"", await admin.GetPageAsync(LocalPage), StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["Form.Name"] = "Ambasada", ["Form.Country"] = "DE", ["Form.City"] = "Berlin", ["Form.Capacity"] = "3" };
        var page = await admin.GetPageAsync($"{LocalPage}/missions/new?culture=en");
        Assert.Contains("Diplomatic missions are offered for Assembly elections only", page, StringComparison.Ordinal);
        fields["__RequestVerificationToken"] = BrowserSession.TokenOf(await admin.GetPageAsync(LocalPage));
        fields["_handler"] = "mission";
        await admin.PostAsync($"{LocalPage}/missions/new", fields);

        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.Missions.AnyAsync(m => m.ElectionId == fixture.LocalId));
    }

    [Fact]
    public async Task SetupPages_ForReviewerAndSupervisor_AreForbiddenAndTheirPostsChangeNothing()
    {
        var kosovo = await MailboxAsync(fixture.LocalId, null, MailboxPlace.Kosovo);
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            var token = BrowserSession.TokenOf(await staff.GetPageAsync("/office"));
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{LocalPage}/mailboxes/{kosovo.Id}")).StatusCode);
            var change = Mailbox("kosovo", string.Empty, "Hijacked");
            (change["__RequestVerificationToken"], change["_handler"]) = (token, "mailbox");
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"{LocalPage}/mailboxes/{kosovo.Id}", change)).StatusCode);
            var remove = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "remove-mailbox", ["Removal.Confirmed"] = "true" };
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"{LocalPage}/mailboxes/{kosovo.Id}", remove)).StatusCode);
            var mission = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "mission", ["Form.Name"] = "X", ["Form.Country"] = "DE", ["Form.City"] = "X", ["Form.Capacity"] = "9" };
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"{AssemblyPage}/missions/new", mission)).StatusCode);
        }

        Assert.Equal(kosovo.Address, (await MailboxAsync(fixture.LocalId, null, MailboxPlace.Kosovo)).Address);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.Missions.AnyAsync(m => m.Name == "X"));
    }

    private static Dictionary<string, string> Mailbox(string where, string country, string address) =>
        new() { ["Form.Where"] = where, ["Form.Country"] = country, ["Form.Address"] = address };

    private async Task<Mailbox> MailboxAsync(Guid election, string? country, MailboxPlace place = MailboxPlace.Abroad)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Mailboxes.AsNoTracking().SingleAsync(m => m.ElectionId == election && m.Place == place && m.CountryCode == country);
    }

    private async Task<int> CapacityAsync(Guid mission)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Missions.Where(m => m.Id == mission).Select(m => m.Capacity).SingleAsync();
    }

    private async Task<Domain.Audit.AuditEvent> LastAuditAsync(string action)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderByDescending(e => e.Id).FirstAsync();
    }
}

/// <summary>The sign-in seed's Local election with a mailbox in Kosovo, and an Assembly election after it.</summary>
public abstract class ElectionSetupHost(DatabaseProvider provider) : StaffSiteHost(provider, "election-setup")
{
    public Guid LocalId { get; private set; }

    public Guid AssemblyId { get; private set; }

    /// <summary>A new person's draft in the Local election that returns its ballot to the mailbox in Kosovo; its id.</summary>
    public async Task<Guid> DraftPostingToKosovoAsync()
    {
        var now = ApplicantSiteHost.Now.UtcDateTime;
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var application = VoterApplication.Start(LocalId, SignInSeed.Numbered(19), ApplicationChannel.Online, now);
        application.RecordAddress(new AddressAbroad("DE", "Berlin", "Straße 1", "10115"), "+4930123456", now);
        application.ChooseReturnMethod(ReturnMethod.PostalKosovo, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    protected override async Task SeedAsync(TestHost host)
    {
        await base.SeedAsync(host);
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        LocalId = (await db.Elections.SingleAsync()).Id;
        await host.Get<AddMailbox>().HandleAsync(new AddMailboxCommand(MailboxPlace.Kosovo, null, "Kutia Postare 1000\n10000 Prishtinë", "test", LocalId));
        var assembly = await host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet për Kuvend 2028", ElectionKind.Assembly, new DateOnly(2028, 2, 13), new DateTime(2027, 12, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2028, 1, 20, 22, 59, 0, DateTimeKind.Utc), "test"));
        AssemblyId = assembly.Value!.Id;
    }
}

public sealed class SqliteElectionSetupHost() : ElectionSetupHost(DatabaseProvider.Sqlite);

public sealed class PostgresElectionSetupHost() : ElectionSetupHost(DatabaseProvider.Postgres);

public sealed class ElectionSetupPagesTestsOnSqlite(SqliteElectionSetupHost fixture) : ElectionSetupPagesTests(fixture), IClassFixture<SqliteElectionSetupHost>;

public sealed class ElectionSetupPagesTestsOnPostgres(PostgresElectionSetupHost fixture) : ElectionSetupPagesTests(fixture), IClassFixture<PostgresElectionSetupHost>;
