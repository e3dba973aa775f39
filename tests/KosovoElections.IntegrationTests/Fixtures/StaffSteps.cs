using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Application.Administration.Staff;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>A staff member as the tests see one: the e-mail, the authenticator key once enrolled, the recovery codes shown.</summary>
public sealed record TestStaffMember(string Email, Guid Id)
{
    public byte[] Key { get; set; } = [];

    public IReadOnlyList<string> RecoveryCodes { get; set; } = [];
}

/// <summary>The staff sign-in as a browser without JavaScript does it, for every test that needs a staff member.</summary>
public static partial class StaffSteps
{
    public const string Password = "correct horse battery staple";
    public const string SignInPage = "/office/sign-in";
    public const string CodePage = "/office/sign-in/code";

    /// <summary>A new staff member of <paramref name="role"/> with <see cref="Password"/>, through the use case the `staff create` command runs.</summary>
    public static async Task<TestStaffMember> CreateStaffAsync(this TestHost host, StaffRole role)
    {
        var email = $"{role}-{Guid.NewGuid():N}"[..20].ToLowerInvariant() + "@kqz-ks.org";
        var created = await host.Get<CreateStaffMember>().HandleAsync(new CreateStaffMemberCommand(email, role, Password, "test"));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return new TestStaffMember(email, created.Value!.Id);
    }

    public static Task<HttpResponseMessage> SignInStaffAsync(this BrowserSession browser, string email, string password = Password) =>
        browser.SubmitAsync(SignInPage, "staff-sign-in", new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });

    public static Task<HttpResponseMessage> SubmitCodeAsync(this BrowserSession browser, string code) =>
        browser.SubmitAsync(CodePage, "staff-code", new Dictionary<string, string> { ["Code"] = code });

    /// <summary>The authenticator key as the enrolment page shows it as text.</summary>
    public static byte[] KeyOnPage(string page)
    {
        var key = KeyPattern().Match(page);
        Assert.True(key.Success, "The page shows no authenticator key.");
        return TestTotp.FromBase32(key.Groups[1].Value);
    }

    /// <summary>Password, enrolment with a code computed from the key on the page, recovery codes kept: a signed-in staff member.</summary>
    public static async Task<(BrowserSession Browser, TestStaffMember Staff)> SignedInStaffAsync(this TestHost host, StaffRole role)
    {
        var staff = await host.CreateStaffAsync(role);
        var browser = new BrowserSession(host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInStaffAsync(staff.Email)).StatusCode);
        staff.Key = KeyOnPage(await browser.GetPageAsync(CodePage));
        var enrolled = await browser.SubmitCodeAsync(TestTotp.Code(staff.Key, host.Clock.GetUtcNow()));
        staff.RecoveryCodes = [.. RecoveryCodePattern().Matches(await enrolled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value)];
        Assert.Equal(10, staff.RecoveryCodes.Count);
        return (browser, staff);
    }

    /// <summary>Where a redirect leads, whether the server wrote the Location absolute or relative.</summary>
    public static string RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return (location.IsAbsoluteUri ? location : new Uri(new Uri("http://host"), location)).AbsolutePath;
    }

    public static async Task SetDisabledAsync(this TestHost host, Guid staffId)
    {
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        (await db.Staff.SingleAsync(s => s.Id == staffId)).Disable();
        await db.SaveChangesAsync();
    }

    public static async Task<List<string>> AuditActionsOfAsync(this TestHost host, Guid staffId)
    {
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        var actor = staffId.ToString();
        return await db.AuditEvents.Where(e => e.Actor == actor).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }

    [GeneratedRegex("data-testid=\"staff-totp-key\">([A-Z2-7 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("data-testid=\"staff-recovery-code\">([A-Z0-9-]+)<")]
    private static partial Regex RecoveryCodePattern();
}
