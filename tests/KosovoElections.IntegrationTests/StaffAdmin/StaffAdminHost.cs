using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.StaffAdmin;

/// <summary>
/// The staff site whose mail goes through the outbox to a real SMTP server, for the admins' staff pages: invitations
/// are read from the listener as the invited member would read them.
/// </summary>
public abstract partial class StaffAdminHost(DatabaseProvider provider) : StaffSiteHost(provider, "staffadmin")
{
    public const string List = "/office/admin/staff";

    public SmtpListener Mail { get; private set; } = default!;

    public static string PageOf(Guid staffId) => $"{List}/{staffId}";

    /// <summary>A new address nobody has used, in mixed case so that comparisons must ignore it.</summary>
    public static string NewEmail() => $"Invited-{Guid.NewGuid():N}"[..20] + "@kqz-ks.org";

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

    /// <summary>Posts the invitation form as the admin's browser does.</summary>
    public static Task<HttpResponseMessage> InviteAsync(BrowserSession admin, string email, StaffRole role, string language = "en", string culture = "en") =>
        admin.SubmitAsync($"{List}?culture={culture}", "invite", new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Role"] = role.ToString(),
            ["Form.Language"] = language,
        });

    /// <summary>The set-password link of the <paramref name="nth"/> (1-based) invitation letter to <paramref name="email"/>, as a path on the site.</summary>
    public async Task<(EmlFile Letter, string Link)> InvitationAsync(string email, int nth = 1)
    {
        var letters = await Mail.WaitForAsync(email, nth);
        Assert.True(letters.Count >= nth, $"{nth} invitation(s) to {email} did not arrive.");
        var letter = letters[nth - 1];
        var link = LinkPattern().Match(letter.Text ?? string.Empty);
        Assert.True(link.Success, "No set-password link in: " + letter.Text);
        Assert.StartsWith(Host.BaseUrl + "/", link.Value, StringComparison.Ordinal);
        return (letter, link.Value[Host.BaseUrl.Length..]);
    }

    public static Task<HttpResponseMessage> SetPasswordAsync(BrowserSession browser, string link, string password, string? confirmation = null) =>
        browser.SubmitAsync(link, "set-password", Fields(password, confirmation));

    /// <summary>Posts the set-password form with a token taken from another anonymous form, as a browser replaying an old page would.</summary>
    public static async Task<HttpResponseMessage> ReplaySetPasswordAsync(BrowserSession browser, string link, string password)
    {
        var fields = Fields(password, null);
        fields["__RequestVerificationToken"] = BrowserSession.TokenOf(await browser.GetPageAsync(StaffSteps.SignInPage));
        fields["_handler"] = "set-password";
        return await browser.PostAsync(link, fields);
    }

    public async Task<StaffMember?> MemberAsync(string email)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var normalized = StaffMember.Normalize(email);
        return await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.NormalizedEmail == normalized);
    }

    public async Task<StaffMember> MemberAsync(Guid staffId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staffId);
    }

    /// <summary>Every letter ever queued, sent or not.</summary>
    public async Task<int> OutboxCountAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.OutboxEmails.CountAsync();
    }

    public async Task<KosovoElections.Domain.Audit.AuditEvent> LastAuditAsync(string action)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).LastAsync();
    }

    public static async Task<string> ContentAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    private static Dictionary<string, string> Fields(string password, string? confirmation) => new()
    {
        ["Form.Password"] = password,
        ["Form.Confirmation"] = confirmation ?? password,
    };

    [GeneratedRegex(@"http://[^\s]+/office/set-password/[A-Za-z0-9_-]+\?culture=[A-Za-z-]+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteStaffAdminHost() : StaffAdminHost(DatabaseProvider.Sqlite);

public sealed class PostgresStaffAdminHost() : StaffAdminHost(DatabaseProvider.Postgres);

/// <summary>A test of the staff pages: each starts from the host's clock, whatever the last one moved.</summary>
public abstract class StaffAdminTest(StaffAdminHost fixture) : IAsyncLifetime
{
    protected StaffAdminHost Fixture => fixture;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.Clock.Set(ApplicantSiteHost.Now);
        return Task.CompletedTask;
    }
}
