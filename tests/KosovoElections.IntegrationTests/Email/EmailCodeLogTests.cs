using System.Text.RegularExpressions;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>SECURITY T-OTP-06 / T-LOG-02: a whole code round trip through the real host leaves no code or mail text in its log.</summary>
public sealed partial class EmailCodeLogTests
{
    [Fact]
    public async Task RequestAndVerify_ThroughTheHost_LogNeitherCodeNorAddressNorBody()
    {
        var logs = Path.Combine(Path.GetTempPath(), "ke-email-logs-" + Guid.NewGuid().ToString("N")[..8]);
        var mail = Path.Combine(Path.GetTempPath(), "ke-email-mail-" + Guid.NewGuid().ToString("N")[..8]);
        const string address = "blerta.logtest@example.org";
        string code;
        await using (var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "emaillog"),
            new TestClock(SignInSeed.Opens.AddDays(3)),
            settings: new Dictionary<string, string?>
            {
                ["Logging:File"] = Path.Combine(logs, "host-.log"),
                ["Email:PickupDirectory"] = mail,
                ["Email:Outbox:PollInterval"] = "00:00:00.100",
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            }))
        {
            await SignInSeed.SeedAsync(host);
            var signedIn = await host.Get<SignInApplicant>().HandleAsync(new SignInCommand(SignInSeed.Adult, SignInSeed.AdultBorn, "127.0.0.1"));
            var applicant = (await host.Get<ApplicantSessions>().ValidateAsync(signedIn.SessionId!))!;

            var requested = await host.Get<RequestEmailCode>().HandleAsync(new RequestEmailCodeCommand(applicant, address, "sq"));
            Assert.Equal(EmailCodeRequestStatus.Sent, requested.Status);
            code = await CodeFromMailAsync(host.Get<MailPickupFolder>());
            Assert.Equal(EmailCodeCheck.WrongCode, (await host.Get<VerifyEmailCode>().HandleAsync(new VerifyEmailCodeCommand(applicant, code == "000000" ? "000001" : "000000"))).Status);
            Assert.Equal(EmailCodeCheck.Verified, (await host.Get<VerifyEmailCode>().HandleAsync(new VerifyEmailCodeCommand(applicant, code))).Status);
        }

        var log = string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText));
        Assert.Contains("Sent e-mail", log, StringComparison.Ordinal); // the log was written, at a level that shows the outbox
        Assert.DoesNotMatch(new Regex($"(?<![0-9A-Fa-f]){code}(?![0-9A-Fa-f])"), log);
        Assert.DoesNotContain(address, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kodi juaj", log, StringComparison.Ordinal);
        Assert.DoesNotContain(SignInSeed.Adult, log, StringComparison.Ordinal);
    }

    private static async Task<string> CodeFromMailAsync(MailPickupFolder folder)
    {
        for (var waited = 0; waited < 10_000 && folder.List().Count == 0; waited += 50)
        {
            await Task.Delay(50);
        }

        var mail = folder.Read(Assert.Single(folder.List()).Name)!;
        return SixDigits().Match(mail.Text!).Value;
    }

    [GeneratedRegex("(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
