using System.Net;
using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.StaffAdmin;

/// <summary>
/// An admin changes a colleague's account through /office/admin/staff/{id} (issue 14, T-SES-03, T-AC-08): each change
/// reaches the member's next request, disabling and a reset end their sessions at once, and no admin can leave the office
/// without an enabled admin.
/// </summary>
public abstract class StaffAccountTests(StaffAdminHost fixture) : StaffAdminTest(fixture)
{
    [Fact]
    public async Task List_ShowsEveryAccountByEmailWithItsState()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var (_, disabled) = await Fixture.SignedInStaffAsync(StaffRole.Reviewer);
        await Fixture.Host.SetDisabledAsync(disabled.Id);
        var pending = await Fixture.Host.CreateStaffAsync(StaffRole.Supervisor);

        var page = await admin.GetPageAsync(StaffAdminHost.List + "?culture=en");

        Assert.Contains($"data-staff=\"{disabled.Id}\" data-state=\"Disabled\" data-role=\"Reviewer\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-staff=\"{pending.Id}\" data-state=\"NoSecondFactor\" data-role=\"Supervisor\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" data-testid=\"office-nav-staff\"", page, StringComparison.Ordinal);
        var emails = System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"staff-member-link\">([^<]+)<").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(emails.Order(StringComparer.OrdinalIgnoreCase), emails);
        Assert.Contains(disabled.Email, emails);
    }

    [Fact]
    public async Task ChangeRole_ThroughThePage_ReachesTheMembersNextRequest()
    {
        var (admin, adminMember) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        var (supervisor, member) = await Fixture.SignedInStaffAsync(StaffRole.Supervisor);
        using var _ = admin;
        using var __ = supervisor;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/office/leases")).StatusCode);

        var changed = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(StaffAdminHost.PageOf(member.Id), "role", new Dictionary<string, string> { ["Role"] = "Reviewer" }));

        Assert.Contains("data-result=\"RoleChanged\"", changed, StringComparison.Ordinal);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/office/leases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/office/queue")).StatusCode); // still signed in, with the new role
        var audit = await Fixture.LastAuditAsync(AuditActions.Administration.StaffRoleChanged);
        Assert.Equal(adminMember.Id.ToString(), audit.Actor);
        Assert.Equal($"{member.Id} email={member.Email} from=Supervisor to=Reviewer", audit.Details);
    }

    [Fact]
    public async Task Disable_EndsTheMembersSessionAtOnceAndRefusesSignIn_EnableLetsThemBack()
    {
        var (admin, adminMember) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        var (reviewer, member) = await Fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using var _ = admin;
        using var __ = reviewer;

        var disabled = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(StaffAdminHost.PageOf(member.Id), "disable", new Dictionary<string, string>()));

        Assert.Contains("data-result=\"Disabled\"", disabled, StringComparison.Ordinal);
        var next = await reviewer.GetAsync("/office/queue");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal(StaffSteps.SignInPage, next.RedirectPath());
        Assert.Equal(0, await OpenSessionsAsync(member.Id));
        using (var again = new BrowserSession(Fixture.Host.BaseUrl))
        {
            Assert.Equal(HttpStatusCode.OK, (await again.SignInStaffAsync(member.Email)).StatusCode);
        }

        Assert.Equal(adminMember.Id.ToString(), (await Fixture.LastAuditAsync(AuditActions.Administration.StaffDisabled)).Actor);

        var enabled = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(StaffAdminHost.PageOf(member.Id), "enable", new Dictionary<string, string>()));

        Assert.Contains("data-result=\"Enabled\"", enabled, StringComparison.Ordinal);
        using var back = new BrowserSession(Fixture.Host.BaseUrl);
        var signedIn = await back.SignInStaffAsync(member.Email);
        Assert.Equal(StaffSteps.CodePage, signedIn.RedirectPath());
        Assert.Equal($"{member.Id} email={member.Email}", (await Fixture.LastAuditAsync(AuditActions.Administration.StaffEnabled)).Details);
    }

    [Fact]
    public async Task ResetSecondFactor_SignsTheMemberOutDeletesRecoveryCodesAndForcesEnrolment()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var (reviewer, member) = await Fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using var _ = reviewer;

        var reset = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(StaffAdminHost.PageOf(member.Id), "reset-second-factor", new Dictionary<string, string>()));

        Assert.Contains("data-result=\"SecondFactorReset\"", reset, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.GetAsync("/office/queue")).StatusCode);
        await using (var db = await Fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            Assert.Equal(0, await db.StaffRecoveryCodes.CountAsync(c => c.StaffId == member.Id));
        }

        using var again = new BrowserSession(Fixture.Host.BaseUrl);
        Assert.Equal(StaffSteps.CodePage, (await again.SignInStaffAsync(member.Email)).RedirectPath());
        var enrolment = await again.GetPageAsync(StaffSteps.CodePage);
        Assert.NotEqual(member.Key, StaffSteps.KeyOnPage(enrolment));
        var oldCode = await again.SubmitCodeAsync(TestTotp.Code(member.Key, Fixture.Clock.GetUtcNow().AddSeconds(30)));
        Assert.NotEqual(HttpStatusCode.Redirect, oldCode.StatusCode);
        var recovery = await again.SubmitCodeAsync(member.RecoveryCodes[0]);
        Assert.NotEqual(HttpStatusCode.Redirect, recovery.StatusCode);
        Assert.Equal(AuditActions.Administration.StaffSecondFactorRemoved, (await Fixture.LastAuditAsync(AuditActions.Administration.StaffSecondFactorRemoved)).Action);
    }

    [Fact]
    public async Task Admin_CannotDisableOrDemoteThemselves()
    {
        var (admin, self) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;
        var page = StaffAdminHost.PageOf(self.Id) + "?culture=en";

        var disabled = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(page, "disable", new Dictionary<string, string>()));
        var demoted = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(page, "role", new Dictionary<string, string> { ["Role"] = "Reviewer" }));

        Assert.Contains("data-result=\"Self\"", disabled, StringComparison.Ordinal);
        Assert.Contains("You cannot disable yourself or take away your own administrator role.", demoted, StringComparison.Ordinal);
        var member = await Fixture.MemberAsync(self.Id);
        Assert.Equal((StaffRole.Admin, false), (member.Role, member.IsDisabled));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(StaffAdminHost.List)).StatusCode);
    }

    [Fact]
    public async Task LastEnabledAdmin_CannotBeDisabledOrDemoted()
    {
        var last = await Fixture.Host.CreateStaffAsync(StaffRole.Admin);
        var actor = await Fixture.Host.CreateStaffAsync(StaffRole.Admin);
        await OnlyEnabledAdminsAsync(last.Id); // the acting admin was disabled meanwhile (a stale session, or a command)
        var change = Fixture.Host.Get<ChangeStaffAccount>();
        var identity = new StaffIdentity("test", actor.Id, actor.Email, StaffRole.Admin, false);

        Assert.Equal(StaffAccountChanged.LastAdmin, await change.HandleAsync(new(identity, last.Id, StaffAccountChange.Disable)));
        Assert.Equal(StaffAccountChanged.LastAdmin, await change.HandleAsync(new(identity, last.Id, StaffAccountChange.ChangeRole, StaffRole.Supervisor)));

        var member = await Fixture.MemberAsync(last.Id);
        Assert.Equal((StaffRole.Admin, false), (member.Role, member.IsDisabled));
    }

    [Fact]
    public async Task TwoAdmins_DemotingEachOtherAtOnce_LeaveOneAdmin()
    {
        var first = await Fixture.Host.CreateStaffAsync(StaffRole.Admin);
        var second = await Fixture.Host.CreateStaffAsync(StaffRole.Admin);
        await OnlyEnabledAdminsAsync(first.Id, second.Id);
        var change = Fixture.Host.Get<ChangeStaffAccount>();

        var results = await Task.WhenAll(
            Task.Run(() => change.HandleAsync(new(Admin(first), second.Id, StaffAccountChange.ChangeRole, StaffRole.Reviewer))),
            Task.Run(() => change.HandleAsync(new(Admin(second), first.Id, StaffAccountChange.ChangeRole, StaffRole.Reviewer))));

        Assert.Equal([StaffAccountChanged.RoleChanged, StaffAccountChanged.LastAdmin], results.Order());
        await using var db = await Fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await db.Staff.CountAsync(s => s.Role == StaffRole.Admin && !s.IsDisabled));
    }

    [Theory]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Supervisor)]
    public async Task StaffPages_ForOtherRoles_AreForbiddenAndTheirPostsChangeNothing(StaffRole role)
    {
        var target = await Fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var staff = await Fixture.SignInStaffAsync(role);
        var token = BrowserSession.TokenOf(await staff.GetPageAsync("/office/queue"));
        var email = StaffAdminHost.NewEmail();

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(StaffAdminHost.List)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(StaffAdminHost.PageOf(target.Id))).StatusCode);
        Assert.DoesNotContain("office-nav-staff", await staff.GetPageAsync("/office"), StringComparison.Ordinal);
        var invite = new Dictionary<string, string> { ["_handler"] = "invite", ["Form.Email"] = email, ["Form.Role"] = "Admin", ["Form.Language"] = "en" };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync(StaffAdminHost.List, With(token, invite))).StatusCode);
        foreach (var (handler, extra) in new[] { ("role", "Admin"), ("disable", string.Empty), ("reset-second-factor", string.Empty), ("reinvite", string.Empty) })
        {
            var fields = new Dictionary<string, string> { ["_handler"] = handler, ["Role"] = extra, ["Language"] = "en" };
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync(StaffAdminHost.PageOf(target.Id), With(token, fields))).StatusCode);
        }

        Assert.Null(await Fixture.MemberAsync(email));
        var unchanged = await Fixture.MemberAsync(target.Id);
        Assert.Equal((StaffRole.Reviewer, false), (unchanged.Role, unchanged.IsDisabled));
    }

    private static StaffIdentity Admin(TestStaffMember member) => new("test", member.Id, member.Email, StaffRole.Admin, false);

    private static Dictionary<string, string> With(string token, Dictionary<string, string> fields) =>
        new(fields) { ["__RequestVerificationToken"] = token };

    private async Task<int> OpenSessionsAsync(Guid staffId)
    {
        await using var db = await Fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.StaffSessions.CountAsync(s => s.StaffId == staffId && s.EndedAt == null);
    }

    /// <summary>Disables every other admin, as if the others had left: only the named ones stay enabled admins.</summary>
    private async Task OnlyEnabledAdminsAsync(params Guid[] keep)
    {
        await using var db = await Fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var others = await db.Staff.Where(s => s.Role == StaffRole.Admin && !keep.Contains(s.Id)).ToListAsync();
        others.ForEach(s => s.Disable());
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// An admin makes a colleague a data-entry operator (issue 15): the role is offered on the member's page in the
    /// reader's language, is stored by name, and the member's next request may enter a letter but not open the queue.
    /// </summary>
    [Fact]
    public async Task ChangeRole_ToDataEntry_TheMemberMayEnterLettersButNotReview()
    {
        var (admin, adminMember) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        var (reviewer, member) = await Fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using var _ = admin;
        using var __ = reviewer;

        var page = await admin.GetPageAsync(StaffAdminHost.PageOf(member.Id) + "?culture=en");
        Assert.Contains("data-testid=\"staff-role-DataEntry\"", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"role-DataEntry\">Data-entry operator</label>", page, StringComparison.Ordinal);
        var changed = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(StaffAdminHost.PageOf(member.Id), "role", new Dictionary<string, string> { ["Role"] = "DataEntry" }));

        Assert.Contains("data-result=\"RoleChanged\"", changed, StringComparison.Ordinal);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/office/postal/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/office/queue")).StatusCode);
        await using var db = await Fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(StaffRole.DataEntry, (await db.Staff.SingleAsync(s => s.Id == member.Id)).Role);
        var audit = await Fixture.LastAuditAsync(AuditActions.Administration.StaffRoleChanged);
        Assert.Equal(adminMember.Id.ToString(), audit.Actor);
        Assert.Equal($"{member.Id} email={member.Email} from=Reviewer to=DataEntry", audit.Details);
    }
}

public sealed class StaffAccountTestsOnSqlite(SqliteStaffAdminHost fixture) : StaffAccountTests(fixture), IClassFixture<SqliteStaffAdminHost>;

public sealed class StaffAccountTestsOnPostgres(PostgresStaffAdminHost fixture) : StaffAccountTests(fixture), IClassFixture<PostgresStaffAdminHost>;
