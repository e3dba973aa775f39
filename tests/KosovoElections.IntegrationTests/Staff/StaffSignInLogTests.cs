using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Staff;

/// <summary>SPEC §7, SECURITY T-LOG-02: a staff sign-in through the real host, with SQL logged, leaves no password, code or recovery code in the log.</summary>
public sealed class StaffSignInLogTests
{
    [Fact]
    public async Task SignInEnrolAndAWrongPassword_ThroughTheHost_LogNoSecret()
    {
        var logs = Path.Combine(Path.GetTempPath(), "ke-staff-logs-" + Guid.NewGuid().ToString("N")[..8]);
        const string wrongPassword = "wrong horse battery staple";
        string code;
        TestStaffMember staff;
        await using (var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "stafflog"),
            new TestClock(SignInSeed.Opens.AddDays(3)),
            settings: new Dictionary<string, string?>
            {
                ["Logging:File"] = Path.Combine(logs, "host-.log"),
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            }))
        {
            (var browser, staff) = await host.SignedInStaffAsync(StaffRole.Reviewer);
            browser.Dispose();
            host.Clock.Advance(Totp.Step);
            using var again = new BrowserSession(host.BaseUrl);
            await again.SignInStaffAsync(staff.Email);
            code = TestTotp.Code(staff.Key, host.Clock.GetUtcNow());
            await again.SubmitCodeAsync(code);
            using var guesser = new BrowserSession(host.BaseUrl);
            await guesser.SignInStaffAsync(staff.Email, wrongPassword);
        }

        var log = string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText));
        Assert.Contains("staff_sessions", log, StringComparison.Ordinal); // the log was written, down to the SQL of the sign-in
        Assert.DoesNotContain(StaffSteps.Password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, log, StringComparison.Ordinal);
        Assert.DoesNotMatch($"(?<![0-9A-Fa-f]){code}(?![0-9A-Fa-f])", log);
        Assert.All(staff.RecoveryCodes, recovery => Assert.DoesNotContain(recovery, log, StringComparison.OrdinalIgnoreCase));
    }
}
