using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Admin;

/// <summary>The admins' elections list and deadline page over HTTP against the real host (SPEC §6, T-AC-07).</summary>
public abstract class ElectionPagesTests(StaffSiteHost fixture) : IAsyncLifetime
{
    private const string List = "/office/admin/elections";

    private TestHost Host => fixture.Host;

    private string DeadlinePage => $"{List}/{ElectionId}/deadline";

    private Guid ElectionId { get; set; }

    public async Task InitializeAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        ElectionId = (await db.Elections.AsNoTracking().SingleAsync()).Id;
    }

    /// <summary>Every test starts from the seed's deadline and clock, whatever the last one moved.</summary>
    public async Task DisposeAsync()
    {
        fixture.Clock.Set(ApplicantSiteHost.Now);
        var restored = await Host.Get<SetDeadline>().HandleAsync(new SetDeadlineCommand(SignInSeed.Closes.UtcDateTime, "test reset", "test", ElectionId));
        Assert.True(restored.Succeeded, string.Join("; ", restored.Errors));
    }

    [Fact]
    public async Task AdminPages_ForReviewerAndSupervisor_AreForbiddenAndNotInTheirMenu()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(List)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(DeadlinePage)).StatusCode);
            var token = BrowserSession.TokenOf(await staff.GetPageAsync("/office/queue"));
            var post = await staff.PostAsync(DeadlinePage, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "deadline",
                ["Form.Day"] = "1",
                ["Form.Month"] = "7",
                ["Form.Year"] = "2027",
                ["Form.Time"] = "12:00",
                ["Form.Reason"] = "x",
                ["Form.Confirmed"] = "true",
            });
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());
        Assert.Contains("data-testid=\"office-nav-elections\"", await admin.GetPageAsync("/office"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElectionsPage_ShowsTheElectionWithItsWindowInKosovoTime()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var page = await admin.GetPageAsync(List + "?culture=en");

        Assert.Contains($"data-election=\"{ElectionId}\" data-window=\"Open\"", page, StringComparison.Ordinal);
        Assert.Contains("Zgjedhjet 2027", page, StringComparison.Ordinal);
        Assert.Contains("01.02.2027 09:00 – <span data-testid=\"admin-election-closes\">30.06.2027 23:59</span>", page, StringComparison.Ordinal);
        Assert.Contains("11.07.2027", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" data-testid=\"office-nav-elections\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_SmallMove_ShowsOldAndNewThenAppliesOnConfirmationUnderTheAdminsName()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using (admin)
        {
            var shown = await admin.SubmitAsync(DeadlinePage, "deadline", Fields("2027-07-02", "23:59", "Postal strike"));
            var confirmation = await shown.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"deadline-current\">30.06.2027 23:59<", confirmation, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"deadline-new\">02.07.2027 23:59<", confirmation, StringComparison.Ordinal);
            Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());

            var confirmed = await admin.SubmitAsync(DeadlinePage, "deadline", Fields("2027-07-02", "23:59", "Postal strike", confirmed: true));

            Assert.Contains("data-result=\"Changed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(new DateTime(2027, 7, 2, 21, 59, 0, DateTimeKind.Utc), await ClosesAtAsync());
            var changed = await LastAuditAsync(AuditActions.Administration.DeadlineChanged);
            Assert.Equal(member.Id.ToString(), changed.Actor);
            Assert.EndsWith("reason=Postal strike", changed.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deadline_WithoutReasonOrDate_ShowsTheErrorsAtTheirFields()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var response = await admin.SubmitAsync(DeadlinePage + "?culture=en", "deadline", Fields("2027-13-40", "23:59", " ", confirmed: true));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-deadline\"", page, StringComparison.Ordinal);
        Assert.Contains("#Day\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-deadline-reason\">Changing a deadline needs a reason.<", page, StringComparison.Ordinal);
        Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());
    }

    [Fact]
    public async Task Deadline_TypedWithADotInTheTime_IsShownToConfirmOnTheTwentyFourHourClock()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var response = await admin.SubmitAsync(DeadlinePage + "?culture=en", "deadline", Fields("2027-07-02", "9.05", "Postal strike"));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"deadline-new\">02.07.2027 09:05<", page, StringComparison.Ordinal);
        Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());
    }

    [Fact]
    public async Task Deadline_AfterElectionDay_IsRefusedWithTheRule()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var response = await admin.SubmitAsync(DeadlinePage + "?culture=en", "deadline", Fields("2027-07-12", "10:00", "Too late", confirmed: true));

        Assert.Contains("must fall after registration opens and before election day", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());
    }

    [Fact]
    public async Task Deadline_MovedIntoThePast_WaitsForASecondAdminWhoIsNotTheFirst()
    {
        var (first, requester) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        var (second, confirmer) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using (first)
        using (second)
        {
            var requested = await first.SubmitAsync(DeadlinePage, "deadline", Fields("2027-02-05", "12:00", "Court order", confirmed: true));
            Assert.Contains("data-result=\"AwaitingSecondAdmin\"", await requested.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());
            var request = await LastAuditAsync(AuditActions.Administration.DeadlineChangeRequested);
            Assert.Equal(requester.Id.ToString(), request.Actor);
            var requestId = new Dictionary<string, string> { ["RequestId"] = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

            Assert.Contains("data-testid=\"deadline-pending-own\"", await first.GetPageAsync(DeadlinePage), StringComparison.Ordinal);
            var own = await first.SubmitAsync(DeadlinePage, "confirm-request", requestId);
            Assert.Contains($"data-refusal=\"{ConfirmDeadlineChange.SameAdmin}\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(SignInSeed.Closes.UtcDateTime, await ClosesAtAsync());

            var confirmed = await second.SubmitAsync(DeadlinePage, "confirm-request", requestId);
            Assert.Contains("data-result=\"Changed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(new DateTime(2027, 2, 5, 11, 0, 0, DateTimeKind.Utc), await ClosesAtAsync());
            var changed = await LastAuditAsync(AuditActions.Administration.DeadlineChanged);
            Assert.Equal(confirmer.Id.ToString(), changed.Actor);
            Assert.EndsWith($"reason=Court order requested-by={requester.Id}", changed.Details, StringComparison.Ordinal);

            var again = await second.SubmitAsync(DeadlinePage, "confirm-request", requestId);
            Assert.Contains($"data-refusal=\"{ConfirmDeadlineChange.NoLongerPending}\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deadline_MovedByThePage_RefusesTheApplicantsNextStepAtOnce()
    {
        using var applicant = await fixture.SignInAsync(person: 30);
        Assert.Contains("data-testid=\"next-step-link\"", await applicant.GetPageAsync("/apply?culture=en"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"address-refused\"", await applicant.GetPageAsync("/apply/address"), StringComparison.Ordinal);
        using var first = await fixture.SignInStaffAsync(StaffRole.Admin);
        using var second = await fixture.SignInStaffAsync(StaffRole.Admin);
        var soon = ApplicantSiteHost.Now.AddMinutes(5);

        await first.SubmitAsync(DeadlinePage, "deadline", Fields(soon, "Early close", confirmed: true));
        var request = await LastAuditAsync(AuditActions.Administration.DeadlineChangeRequested);
        await second.SubmitAsync(DeadlinePage, "confirm-request", new Dictionary<string, string> { ["RequestId"] = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        fixture.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(soon.UtcDateTime, await ClosesAtAsync());
        Assert.DoesNotContain("data-testid=\"next-step", await applicant.GetPageAsync("/apply?culture=en"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"address-refused\"", await applicant.GetPageAsync("/apply/address"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(DateTimeOffset utc, string reason, bool confirmed = false)
    {
        var local = TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade"));
        return Fields(local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), reason, confirmed);
    }

    private static Dictionary<string, string> Fields(string date, string time, string reason, bool confirmed = false)
    {
        // The page asks for the day, month and year in boxes of their own, as people write them: "2027-07-02" is typed 2, 7, 2027.
        var parts = date.Split('-');
        var fields = new Dictionary<string, string>
        {
            ["Form.Day"] = parts[2].TrimStart('0'),
            ["Form.Month"] = parts[1].TrimStart('0'),
            ["Form.Year"] = parts[0],
            ["Form.Time"] = time,
            ["Form.Reason"] = reason,
        };
        if (confirmed)
        {
            fields["Form.Confirmed"] = "true";
        }

        return fields;
    }

    private async Task<DateTime> ClosesAtAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return (await db.Elections.AsNoTracking().SingleAsync(e => e.Id == ElectionId)).ClosesAt;
    }

    private async Task<Domain.Audit.AuditEvent> LastAuditAsync(string action)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderByDescending(e => e.Id).FirstAsync();
    }
}

public sealed class SqliteAdminSiteHost() : StaffSiteHost(DatabaseProvider.Sqlite, "admin");

public sealed class PostgresAdminSiteHost() : StaffSiteHost(DatabaseProvider.Postgres, "admin");

public sealed class ElectionPagesTestsOnSqlite(SqliteAdminSiteHost fixture) : ElectionPagesTests(fixture), IClassFixture<SqliteAdminSiteHost>;

public sealed class ElectionPagesTestsOnPostgres(PostgresAdminSiteHost fixture) : ElectionPagesTests(fixture), IClassFixture<PostgresAdminSiteHost>;
