using System.Net;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>Creating and changing elections through the admin pages over HTTP against the real host (SPEC §6, issue 14).</summary>
public abstract class ElectionEditingTests(StaffSiteHost fixture) : IAsyncLifetime
{
    private const string List = "/office/admin/elections";
    private const string NewPage = List + "/new";

    private TestHost Host => fixture.Host;

    private Guid SeedId { get; set; }

    private string EditPage => $"{List}/{SeedId}";

    public async Task InitializeAsync() => SeedId = (await SeedAsync()).Id;

    /// <summary>Every test starts from the seed's election as it was made.</summary>
    public async Task DisposeAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var seed = await db.Elections.SingleAsync(e => e.Id == SeedId);
        seed.Edit(ElectionName.Everywhere("Zgjedhjet 2027"), SignInSeed.ElectionDay, true, true);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Edit_NamesDayAndReturnMethods_AreSavedAuditedAndShownToApplicantsInTheirLanguage()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;

        var response = await admin.SubmitAsync(EditPage + "?culture=en", "election", Fields("Zgjedhjet lokale 2027", "Lokalni izbori 2027", "Local elections 2027", "2027-07-18", postalKosovo: false));

        Assert.Contains("data-testid=\"election-saved\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await SeedAsync();
        Assert.Equal(new ElectionName("Zgjedhjet lokale 2027", "Lokalni izbori 2027", "Local elections 2027"), saved.Names);
        Assert.Equal(new DateOnly(2027, 7, 18), saved.ElectionDay);
        Assert.Equal([ReturnMethod.PostalAbroad], saved.ReturnMethods());
        var audited = await LastAuditAsync(AuditActions.Administration.ElectionEdited);
        Assert.Equal(member.Id.ToString(), audited.Actor);
        Assert.Contains("postal-kosovo=True", audited.Details, StringComparison.Ordinal);
        Assert.Contains("postal-kosovo=False", audited.Details, StringComparison.Ordinal);
        using var applicant = new BrowserSession(Host.BaseUrl);
        Assert.Contains(">Lokalni izbori 2027</h1>", await applicant.GetPageAsync("/?culture=sr-Latn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_OnAMondayWithoutReturnMethodOrSerbianName_ShowsEachErrorAtItsFieldAndChangesNothing()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var empty = await admin.SubmitAsync(EditPage + "?culture=en", "election", Fields("Zgjedhjet 2027", " ", "Elections 2027", "2027-07-12"));
        var page = await empty.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-election-NameSr\">An election needs a name.<", page, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Elections 2027\"", page, StringComparison.Ordinal);

        var monday = await admin.SubmitAsync(EditPage + "?culture=en", "election", Fields("Zgjedhjet 2027", "Izbori 2027", "Elections 2027", "2027-07-12"));
        Assert.Contains("data-testid=\"error-election-day\">Election day must be a Sunday; 2027-07-12 is a Monday.<", await monday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mondayInSerbian = await admin.SubmitAsync(EditPage + "?culture=sr-Latn", "election", Fields("Zgjedhjet 2027", "Izbori 2027", "Elections 2027", "2027-07-12"));
        Assert.Contains(">Dan izbora mora biti nedelja; 2027-07-12 je ponedeljak.<", await mondayInSerbian.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var none = await admin.SubmitAsync(EditPage + "?culture=en", "election", Fields("Zgjedhjet 2027", "Izbori 2027", "Elections 2027", "2027-07-11", postalAbroad: false, postalKosovo: false));
        Assert.Contains("data-testid=\"error-election-return-methods\">Offer at least one ballot return method.<", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(ApplicantSiteHost.Now.UtcDateTime);
        var lastSunday = today.AddDays(-(int)today.DayOfWeek - 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var past = await admin.SubmitAsync(EditPage + "?culture=en", "election", Fields("Zgjedhjet 2027", "Izbori 2027", "Elections 2027", lastSunday));
        Assert.Contains("data-testid=\"error-election-day\">Election day must be in the future.<", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unchanged = await SeedAsync();
        Assert.Equal(ElectionName.Everywhere("Zgjedhjet 2027"), unchanged.Names);
        Assert.Equal(SignInSeed.ElectionDay, unchanged.ElectionDay);
    }

    [Fact]
    public async Task New_AnAssemblyElectionAfterTheSeeds_IsCreatedWithItsNamesAndWindowAndOpensItsPage()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;
        var fields = Fields("Zgjedhjet për Kuvend 2028", "Izbori za Skupštinu 2028", "Assembly elections 2028", "2028-02-13");
        fields["Form.Kind"] = nameof(ElectionKind.Assembly);
        AddInstant(fields, "Opens", "2027-12-01", "08:00");
        AddInstant(fields, "Closes", "2028-01-20", "23:59");

        var response = await admin.SubmitAsync(NewPage + "?culture=en", "new-election", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var created = await db.Elections.AsNoTracking().SingleAsync(e => e.Name == "Zgjedhjet për Kuvend 2028");
        Assert.Equal($"{List}/{created.Id}?created=1", response.Headers.Location!.PathAndQuery);
        Assert.Equal("Assembly elections 2028", created.NameEn);
        Assert.Equal(ElectionKind.Assembly, created.Kind);
        Assert.Equal(new DateTime(2027, 12, 1, 7, 0, 0, DateTimeKind.Utc), created.OpensAt); // 08:00 in Kosovo in winter (UTC+1)
        Assert.Equal(new DateTime(2028, 1, 20, 22, 59, 0, DateTimeKind.Utc), created.ClosesAt);
        Assert.Equal(member.Id.ToString(), (await LastAuditAsync(AuditActions.Administration.ElectionCreated)).Actor);
        Assert.Contains("data-testid=\"election-saved\">The election was created.<", await admin.GetPageAsync($"{List}/{created.Id}?created=1&culture=en"), StringComparison.Ordinal);
        db.Elections.Remove(await db.Elections.SingleAsync(e => e.Id == created.Id));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task New_OverlappingTheOpenElectionsWindow_IsRefusedAtItsOpeningAndKeepsWhatWasTyped()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        var fields = Fields("Zgjedhjet e parakohshme", "Vanredni izbori", "Early elections", "2027-07-04");
        fields["Form.Kind"] = nameof(ElectionKind.Early);
        AddInstant(fields, "Opens", "2027-05-01", "08:00");
        AddInstant(fields, "Closes", "2027-06-01", "23:59");

        var response = await admin.SubmitAsync(NewPage + "?culture=en", "new-election", fields);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-election-opens\">The registration window overlaps that of", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Vanredni izbori\"", page, StringComparison.Ordinal);
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await db.Elections.CountAsync());
    }

    [Fact]
    public async Task ElectionPages_ForReviewerAndSupervisor_AreForbiddenAndTheirPostsChangeNothing()
    {
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(EditPage)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(NewPage)).StatusCode);
            var fields = Fields("Hijacked", "Hijacked", "Hijacked", "2027-07-18");
            fields["__RequestVerificationToken"] = BrowserSession.TokenOf(await staff.GetPageAsync("/office/queue"));
            fields["_handler"] = "election";
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync(EditPage, fields)).StatusCode);
        }

        Assert.Equal(ElectionName.Everywhere("Zgjedhjet 2027"), (await SeedAsync()).Names);
    }

    private static Dictionary<string, string> Fields(string name, string nameSr, string nameEn, string day, bool postalAbroad = true, bool postalKosovo = true)
    {
        var fields = new Dictionary<string, string> { ["Form.Name"] = name, ["Form.NameSr"] = nameSr, ["Form.NameEn"] = nameEn };
        var parts = day.Split('-');
        (fields["Form.Day.Day"], fields["Form.Day.Month"], fields["Form.Day.Year"]) = (parts[2], parts[1], parts[0]);
        if (postalAbroad)
        {
            fields["Form.OffersPostalAbroad"] = "true";
        }

        if (postalKosovo)
        {
            fields["Form.OffersPostalKosovo"] = "true";
        }

        return fields;
    }

    private static void AddInstant(Dictionary<string, string> fields, string name, string day, string time)
    {
        var parts = day.Split('-');
        (fields[$"Form.{name}.Day"], fields[$"Form.{name}.Month"], fields[$"Form.{name}.Year"], fields[$"Form.{name}.Time"]) = (parts[2], parts[1], parts[0], time);
    }

    private async Task<Election> SeedAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Elections.AsNoTracking().OrderBy(e => e.OpensAt).FirstAsync();
    }

    private async Task<Domain.Audit.AuditEvent> LastAuditAsync(string action)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderByDescending(e => e.Id).FirstAsync();
    }
}

public sealed class SqliteElectionEditingHost() : StaffSiteHost(DatabaseProvider.Sqlite, "election-editing");

public sealed class PostgresElectionEditingHost() : StaffSiteHost(DatabaseProvider.Postgres, "election-editing");

public sealed class ElectionEditingTestsOnSqlite(SqliteElectionEditingHost fixture) : ElectionEditingTests(fixture), IClassFixture<SqliteElectionEditingHost>;

public sealed class ElectionEditingTestsOnPostgres(PostgresElectionEditingHost fixture) : ElectionEditingTests(fixture), IClassFixture<PostgresElectionEditingHost>;
