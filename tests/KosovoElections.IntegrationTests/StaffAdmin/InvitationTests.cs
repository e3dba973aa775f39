using System.Net;
using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.StaffAdmin;

/// <summary>
/// An admin invites a colleague through /office/admin/staff (issue 14): the letter arrives over SMTP with a link that
/// sets a password once, within 48 hours, then the usual sign-in enrols the authenticator (decision 0014).
/// </summary>
public abstract class InvitationTests(StaffAdminHost fixture) : StaffAdminTest(fixture)
{
    private const string NewPassword = "a long enough passphrase";

    [Fact]
    public async Task Invite_LetterLink_SetsThePasswordOnceThenSignInEnrolsTheAuthenticator()
    {
        var (admin, adminMember) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;
        var email = StaffAdminHost.NewEmail();

        var invited = await StaffAdminHost.ContentAsync(await StaffAdminHost.InviteAsync(admin, email, StaffRole.Supervisor, language: "sr-Latn"));

        Assert.Contains("data-testid=\"staff-invited\"", invited, StringComparison.Ordinal);
        var member = await Fixture.MemberAsync(email);
        Assert.NotNull(member);
        Assert.Contains($"data-staff=\"{member.Id}\" data-state=\"Invited\" data-role=\"Supervisor\"", invited, StringComparison.Ordinal);
        var audit = await Fixture.LastAuditAsync(AuditActions.Administration.StaffInvited);
        Assert.Equal(adminMember.Id.ToString(), audit.Actor);
        Assert.Equal($"{member.Id} email={email} role=Supervisor", audit.Details);

        var (letter, link) = await Fixture.InvitationAsync(email);
        Assert.Equal("Poziv u kancelariju CIK-a", letter.Subject);
        Assert.Contains("Supervizor", letter.Text, StringComparison.Ordinal);
        Assert.Contains("13.02.2027", letter.Text, StringComparison.Ordinal); // 48 hours after the clock's 11.02.2027, in Kosovo time
        Assert.Contains($"<a href=\"{Fixture.Host.BaseUrl}{link}\">", letter.Html, StringComparison.Ordinal);
        Assert.EndsWith("?culture=sr-Latn", link, StringComparison.Ordinal);

        using var invitee = new BrowserSession(Fixture.Host.BaseUrl);
        Assert.Contains("data-testid=\"set-password-form\"", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        var set = await StaffAdminHost.ContentAsync(await StaffAdminHost.SetPasswordAsync(invitee, link, NewPassword));
        Assert.Contains("data-testid=\"set-password-done\"", set, StringComparison.Ordinal);
        Assert.Contains(AuditActions.Staff.PasswordChosen, await Fixture.Host.AuditActionsOfAsync(member.Id));

        // The same link again, by a page still open or by someone who read the letter: refused, and the password stays.
        Assert.Contains("data-testid=\"set-password-invalid\"", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        var replayed = await StaffAdminHost.ContentAsync(await StaffAdminHost.ReplaySetPasswordAsync(invitee, link.Replace("culture=sr-Latn", "culture=en", StringComparison.Ordinal), "another passphrase here"));
        Assert.Contains("This link has expired or has already been used.", replayed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"set-password-done\"", replayed, StringComparison.Ordinal);
        var afterReplay = (await Fixture.MemberAsync(email))!;
        Assert.NotEqual(StaffMember.NoPassword, afterReplay.PasswordHash);

        using var signIn = new BrowserSession(Fixture.Host.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await signIn.SignInStaffAsync(email, "another passphrase here")).StatusCode);
        var signedIn = await signIn.SignInStaffAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(StaffSteps.CodePage, signedIn.RedirectPath());
        Assert.NotEmpty(StaffSteps.KeyOnPage(await signIn.GetPageAsync(StaffSteps.CodePage)));
    }

    [Fact]
    public async Task SetPassword_WeakOrMismatched_ShowsThePolicyAndKeepsTheLinkUsable()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var email = StaffAdminHost.NewEmail();
        await StaffAdminHost.InviteAsync(admin, email, StaffRole.Reviewer);
        var (_, link) = await Fixture.InvitationAsync(email);
        using var invitee = new BrowserSession(Fixture.Host.BaseUrl);

        var weak = await StaffAdminHost.ContentAsync(await StaffAdminHost.SetPasswordAsync(invitee, link, "short"));
        var mismatched = await StaffAdminHost.ContentAsync(await StaffAdminHost.SetPasswordAsync(invitee, link, NewPassword, NewPassword + "!"));

        Assert.Contains("data-testid=\"error-summary\"", weak, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-set-password\">A staff password has at least 12 characters.<", weak, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-set-password-confirmation\">The two passwords are not the same.<", mismatched, StringComparison.Ordinal);
        Assert.Equal(StaffMember.NoPassword, (await Fixture.MemberAsync(email))!.PasswordHash);
        Assert.Contains("data-testid=\"set-password-done\"", await StaffAdminHost.ContentAsync(await StaffAdminHost.SetPasswordAsync(invitee, link, NewPassword)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPassword_After48Hours_IsRefusedAndChangesNothing()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var email = StaffAdminHost.NewEmail();
        await StaffAdminHost.InviteAsync(admin, email, StaffRole.Reviewer);
        var (_, link) = await Fixture.InvitationAsync(email);
        using var invitee = new BrowserSession(Fixture.Host.BaseUrl);

        Fixture.Clock.Advance(TimeSpan.FromHours(48) - TimeSpan.FromMinutes(1));
        Assert.Contains("data-testid=\"set-password-form\"", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains("data-testid=\"set-password-invalid\"", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        var posted = await StaffAdminHost.ContentAsync(await StaffAdminHost.ReplaySetPasswordAsync(invitee, link, NewPassword));
        Assert.Contains("data-testid=\"set-password-invalid\"", posted, StringComparison.Ordinal);
        Assert.Equal(StaffMember.NoPassword, (await Fixture.MemberAsync(email))!.PasswordHash);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task SetPassword_ForgedLink_IsRefused(string token)
    {
        using var visitor = new BrowserSession(Fixture.Host.BaseUrl);

        var page = await visitor.GetPageAsync("/office/set-password/" + token + "?culture=en");
        var posted = await StaffAdminHost.ContentAsync(await StaffAdminHost.ReplaySetPasswordAsync(visitor, "/office/set-password/" + token, NewPassword));

        Assert.Contains("This link has expired or has already been used. Ask an administrator for a new invitation.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"set-password-form\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"set-password-invalid\"", posted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPassword_AlteredLink_IsRefused()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var email = StaffAdminHost.NewEmail();
        await StaffAdminHost.InviteAsync(admin, email, StaffRole.Reviewer);
        var (_, link) = await Fixture.InvitationAsync(email);
        var token = link.Split('/')[^1].Split('?')[0];
        var altered = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        using var visitor = new BrowserSession(Fixture.Host.BaseUrl);

        Assert.Contains("data-testid=\"set-password-invalid\"", await visitor.GetPageAsync("/office/set-password/" + altered), StringComparison.Ordinal);
        Assert.Equal(StaffMember.NoPassword, (await Fixture.MemberAsync(email))!.PasswordHash);
    }

    [Fact]
    public async Task Invite_AnEmailThatExists_IsRefusedAtTheField()
    {
        var (admin, existing) = await Fixture.SignedInStaffAsync(StaffRole.Admin);
        using var _ = admin;

        var page = await StaffAdminHost.ContentAsync(await StaffAdminHost.InviteAsync(admin, existing.Email.ToUpperInvariant(), StaffRole.Reviewer));

        Assert.Contains("data-testid=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"error-staff-email\">A staff member with the e-mail {existing.Email.ToUpperInvariant()} already exists.<", page, StringComparison.Ordinal);
        Assert.Empty(Fixture.Mail.MessagesTo(existing.Email));
        Assert.True((await Fixture.MemberAsync(existing.Id)).HasSecondFactor);
    }

    [Fact]
    public async Task Invite_NotAnEmail_IsRefusedAndNothingIsCreated()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);

        var page = await StaffAdminHost.ContentAsync(await StaffAdminHost.InviteAsync(admin, "not an address", StaffRole.Reviewer));

        Assert.Contains("data-testid=\"error-staff-email\">This is not an e-mail address.<", page, StringComparison.Ordinal);
        Assert.Null(await Fixture.MemberAsync("not an address"));
    }

    [Fact]
    public async Task Reinvite_BeforeAPassword_SendsANewLinkThatWorks_AfterwardsIsRefused()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var email = StaffAdminHost.NewEmail();
        await StaffAdminHost.InviteAsync(admin, email, StaffRole.Reviewer);
        var member = (await Fixture.MemberAsync(email))!;
        var memberPage = StaffAdminHost.PageOf(member.Id) + "?culture=en";

        var resent = await StaffAdminHost.ContentAsync(await admin.SubmitAsync(memberPage, "reinvite", new Dictionary<string, string> { ["Language"] = "sq" }));
        Assert.Contains("data-testid=\"staff-reinvited\" data-succeeded=\"true\"", resent, StringComparison.Ordinal);
        var (letter, link) = await Fixture.InvitationAsync(email, nth: 2);
        Assert.Equal("Ftesë për në zyrën e KQZ-së", letter.Subject);
        using var invitee = new BrowserSession(Fixture.Host.BaseUrl);
        Assert.Contains("data-testid=\"set-password-done\"", await StaffAdminHost.ContentAsync(await StaffAdminHost.SetPasswordAsync(invitee, link, NewPassword)), StringComparison.Ordinal);
        var (_, first) = await Fixture.InvitationAsync(email, nth: 1);
        Assert.Contains("data-testid=\"set-password-invalid\"", await invitee.GetPageAsync(first), StringComparison.Ordinal);

        // Once the password is chosen, no new link: the page offers none, and a page left open from before sends none.
        var page = await admin.GetPageAsync(memberPage);
        Assert.DoesNotContain("data-testid=\"staff-reinvite-form\"", page, StringComparison.Ordinal);
        var queued = await Fixture.OutboxCountAsync();
        var stale = await admin.PostAsync(memberPage, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserSession.TokenOf(page),
            ["_handler"] = "reinvite",
            ["Language"] = "en",
        });
        var stalePage = await StaffAdminHost.ContentAsync(stale);
        Assert.Contains("data-state=\"NoSecondFactor\"", stalePage, StringComparison.Ordinal);
        Assert.Contains("data-succeeded=\"false\"", stalePage, StringComparison.Ordinal);
        Assert.Contains("This member has already chosen a password", stalePage, StringComparison.Ordinal);
        var admin2 = new KosovoElections.Application.Staff.Sessions.StaffIdentity("test", Guid.NewGuid(), "admin@kqz-ks.org", StaffRole.Admin, false);
        var refused = await Fixture.Host.Get<InviteStaffMember>().ResendAsync(admin2, member.Id, "en", Fixture.Host.BaseUrl);
        Assert.Equal(InviteStaffMember.NotInvitable, Assert.Single(refused.Errors).Key);
        Assert.Equal(queued, await Fixture.OutboxCountAsync());
    }

    [Fact]
    public async Task InvitedAccount_WithoutAPassword_CannotSignIn()
    {
        using var admin = await Fixture.SignInStaffAsync(StaffRole.Admin);
        var email = StaffAdminHost.NewEmail();
        await StaffAdminHost.InviteAsync(admin, email, StaffRole.Admin);
        using var visitor = new BrowserSession(Fixture.Host.BaseUrl);

        var response = await visitor.SignInStaffAsync(email, string.Empty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"staff-sign-in-refused\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class InvitationTestsOnSqlite(SqliteStaffAdminHost fixture) : InvitationTests(fixture), IClassFixture<SqliteStaffAdminHost>;

public sealed class InvitationTestsOnPostgres(PostgresStaffAdminHost fixture) : InvitationTests(fixture), IClassFixture<PostgresStaffAdminHost>;
