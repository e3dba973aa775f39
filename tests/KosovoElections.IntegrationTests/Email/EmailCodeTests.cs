using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>E-mail verification codes (SPEC §4 step 4, §7; SECURITY T-OTP-01..05) against a real database, on both providers.</summary>
public abstract partial class EmailCodeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Address = "blerta.shala@example.org";
    private readonly DataFixture _fixture = provider == DatabaseProvider.Postgres ? new PostgresFixture() : new SqliteFixture();
    private readonly RecordingEmailSender _mail = new();
    private Guid _electionId;

    private TestClock Clock => _fixture.Clock;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        var election = await _fixture.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 7, 11), new DateTime(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc), new DateTime(2027, 6, 30, 21, 59, 0, DateTimeKind.Utc), "test"));
        _electionId = election.Value!.Id;
        await using var db = await _fixture.Db.CreateAsync();
        db.RegistryEntries.AddRange(Enumerable.Range(0, 5).Select(i => RegistryPeople.Person(Number(i), new DateOnly(1990, 4, 12))));
        db.Applications.AddRange(Enumerable.Range(0, 5).Select(i => VoterApplication.Start(_electionId, Number(i), ApplicationChannel.Online, Clock.UtcNow)));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task RequestEmailCode_ValidAddress_SendsSixDigitsInTheApplicantsLanguage()
    {
        var (result, code) = await RequestAsync(Applicant(0), Address, "sr-Latn");

        Assert.Equal(EmailCodeRequestStatus.Sent, result.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), result.Cooldown);
        Assert.Equal(Clock.UtcNow.AddMinutes(10), result.ExpiresAt);
        Assert.Matches("^[0-9]{6}$", code);
        var message = Assert.Single(_mail.Sent);
        Assert.Equal(Address, message.To);
        Assert.Equal("sr-Latn", message.Language);
        Assert.StartsWith("Kod za potvrđivanje", message.Subject, StringComparison.Ordinal);
        Assert.Contains(code, message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", RequestEmailCodeValidator.EmailRequired)]
    [InlineData("not-an-address", RequestEmailCodeValidator.EmailFormat)]
    [InlineData("blerta@localhost", RequestEmailCodeValidator.EmailFormat)]
    [InlineData("Blerta <blerta@example.org>", RequestEmailCodeValidator.EmailFormat)]
    [InlineData("blerta@@example.org", RequestEmailCodeValidator.EmailFormat)]
    [InlineData("blerta shala@example.org", RequestEmailCodeValidator.EmailFormat)]
    public async Task RequestEmailCode_BadAddress_IsInvalidAndSendsNothing(string email, string error)
    {
        var (result, _) = await RequestAsync(Applicant(0), email);

        Assert.Equal(EmailCodeRequestStatus.Invalid, result.Status);
        Assert.Equal([error], result.Errors);
        Assert.Empty(_mail.Sent);
    }

    [Fact]
    public async Task RequestEmailCode_OverlongAddress_IsInvalid()
    {
        var (result, _) = await RequestAsync(Applicant(0), new string('a', 250) + "@example.org");

        Assert.Equal(EmailCodeRequestStatus.Invalid, result.Status);
    }

    [Fact]
    public async Task RequestEmailCode_Stored_DatabaseHoldsOnlyASaltedHashNeverTheCode()
    {
        var (_, code) = await RequestAsync(Applicant(0), Address);

        var everything = await DumpDatabaseAsync();
        Assert.Contains(Address, everything, StringComparison.Ordinal); // the dump does see the code's row
        Assert.DoesNotMatch(Standalone(code), everything);
        await using var db = await _fixture.Db.CreateAsync();
        var row = await db.EmailCodes.SingleAsync();
        Assert.Equal(16, row.Salt.Length);
        Assert.Equal(32, row.Hash.Length);
    }

    [Fact]
    public async Task VerifyEmailCode_RightCode_RecordsTheVerifiedEmailAndAuditsWithoutTheCode()
    {
        var (_, code) = await RequestAsync(Applicant(0), "  Blerta.Shala@Example.org ");
        Clock.Advance(TimeSpan.FromMinutes(9));

        var result = await VerifyAsync(Applicant(0), code);

        Assert.Equal(EmailCodeCheck.Verified, result.Status);
        Assert.Equal("blerta.shala@example.org", await EmailOfAsync(0));
        await using var db = await _fixture.Db.CreateAsync();
        Assert.Equal(Clock.UtcNow, (await db.EmailCodes.SingleAsync()).UsedAt);
        var audit = await db.AuditEvents.Where(e => e.Action.StartsWith("email.")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["email.code.requested", "email.verified"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(PersonalNumber.Mask(Number(0)), e.Actor));
        Assert.All(audit, e => Assert.DoesNotMatch(Standalone(code), e.Details));
        Assert.All(audit, e => Assert.DoesNotContain(Number(0), e.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyEmailCode_UsedCode_IsRejected()
    {
        var (_, code) = await RequestAsync(Applicant(0), Address);
        Assert.Equal(EmailCodeCheck.Verified, (await VerifyAsync(Applicant(0), code)).Status);

        Assert.Equal(EmailCodeCheck.Used, (await VerifyAsync(Applicant(0), code)).Status);
    }

    [Fact]
    public async Task VerifyEmailCode_AfterTenMinutes_IsExpired()
    {
        var (_, code) = await RequestAsync(Applicant(0), Address);
        Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(EmailCodeCheck.Expired, (await VerifyAsync(Applicant(0), code)).Status);
        Assert.Null(await EmailOfAsync(0));
    }

    [Fact]
    public async Task VerifyEmailCode_CodeOfAnotherApplication_IsRejected()
    {
        var (_, codeOfA) = await RequestAsync(Applicant(0), Address);

        Assert.Equal(EmailCodeCheck.NoCode, (await VerifyAsync(Applicant(1), codeOfA)).Status);
        var (_, codeOfB) = await RequestAsync(Applicant(1), "other@example.org");
        if (codeOfB != codeOfA)
        {
            Assert.Equal(EmailCodeCheck.WrongCode, (await VerifyAsync(Applicant(1), codeOfA)).Status);
        }

        Assert.Null(await EmailOfAsync(1));
        Assert.Equal(EmailCodeCheck.Verified, (await VerifyAsync(Applicant(0), codeOfA)).Status);
        Assert.Equal(Address, await EmailOfAsync(0));
    }

    [Fact]
    public async Task VerifyEmailCode_EarlierCode_IsRejectedOnceANewerOneWasSent()
    {
        var (_, earlier) = await RequestAsync(Applicant(0), Address);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, latest) = await RequestAsync(Applicant(0), Address);

        if (earlier != latest)
        {
            Assert.Equal(EmailCodeCheck.WrongCode, (await VerifyAsync(Applicant(0), earlier)).Status);
        }

        Assert.Equal(EmailCodeCheck.Verified, (await VerifyAsync(Applicant(0), latest)).Status);
    }

    [Fact]
    public async Task VerifyEmailCode_SixthTryAfterFiveWrong_IsRejectedEvenWithTheRightCode()
    {
        var (_, code) = await RequestAsync(Applicant(0), Address);
        var wrong = ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

        var tries = new List<VerifyEmailCodeResult>();
        for (var i = 0; i < 5; i++)
        {
            tries.Add(await VerifyAsync(Applicant(0), wrong));
        }

        Assert.Equal([4, 3, 2, 1, 0], tries.Select(t => t.TriesLeft));
        Assert.Equal(EmailCodeCheck.WrongCode, tries[3].Status);
        Assert.Equal(EmailCodeCheck.TooManyTries, tries[4].Status);
        Assert.Equal(EmailCodeCheck.TooManyTries, (await VerifyAsync(Applicant(0), code)).Status);
        Assert.Null(await EmailOfAsync(0));
    }

    [Fact]
    public async Task VerifyEmailCode_NotSixDigits_IsInvalidAndNotCounted()
    {
        var (_, code) = await RequestAsync(Applicant(0), Address);

        Assert.Equal(EmailCodeCheck.Invalid, (await VerifyAsync(Applicant(0), "12345")).Status);
        Assert.Equal(EmailCodeCheck.Invalid, (await VerifyAsync(Applicant(0), "12345a")).Status);
        await using var db = await _fixture.Db.CreateAsync();
        Assert.Equal(0, (await db.EmailCodes.SingleAsync()).Tries);
        Assert.Equal(EmailCodeCheck.Verified, (await VerifyAsync(Applicant(0), $" {code} ")).Status);
    }

    [Fact]
    public async Task RequestEmailCode_AgainWithinAMinute_IsRefusedWithTheRemainingWait()
    {
        await RequestAsync(Applicant(0), Address);
        Clock.Advance(TimeSpan.FromSeconds(20));

        var (again, _) = await RequestAsync(Applicant(0), Address);

        Assert.Equal(EmailCodeRequestStatus.TooSoon, again.Status);
        Assert.Equal(TimeSpan.FromSeconds(40), again.Cooldown);
        Assert.Single(_mail.Sent);
    }

    [Fact]
    public async Task RequestEmailCode_FourthCodeInAnHourForOneApplication_IsRefusedUntilTheFirstAgesOut()
    {
        var start = Clock.UtcNow;
        var cooldowns = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var (sent, _) = await RequestAsync(Applicant(0), $"address{i}@example.org");
            Assert.Equal(EmailCodeRequestStatus.Sent, sent.Status);
            cooldowns.Add(sent.Cooldown);
            Clock.Advance(TimeSpan.FromMinutes(2));
        }

        var (fourth, _) = await RequestAsync(Applicant(0), "address3@example.org");

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(56)], cooldowns);
        Assert.Equal(EmailCodeRequestStatus.TooSoon, fourth.Status);
        Assert.Equal(start.AddHours(1) - Clock.UtcNow, fourth.Cooldown);
        Clock.Set(start.AddHours(1));
        Assert.Equal(EmailCodeRequestStatus.Sent, (await RequestAsync(Applicant(0), "address3@example.org")).Result.Status);
        Assert.Equal(4, _mail.Sent.Count);
    }

    [Fact]
    public async Task RequestEmailCode_FourthCodeInAnHourForOneAddress_IsRefusedAcrossApplications()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(EmailCodeRequestStatus.Sent, (await RequestAsync(Applicant(i), Address)).Result.Status);
        }

        var (fourth, _) = await RequestAsync(Applicant(3), Address.ToUpperInvariant());

        Assert.Equal(EmailCodeRequestStatus.TooSoon, fourth.Status);
        Assert.Equal(TimeSpan.FromHours(1), fourth.Cooldown);
        Assert.Equal(EmailCodeRequestStatus.Sent, (await RequestAsync(Applicant(3), "another@example.org")).Result.Status);
    }

    [Fact]
    public async Task RequestEmailCode_RegistrationClosed_IsNotEditable()
    {
        Clock.Set(new DateTimeOffset(2027, 6, 30, 21, 59, 0, TimeSpan.Zero));

        Assert.Equal(EmailCodeRequestStatus.NotEditable, (await RequestAsync(Applicant(0), Address)).Result.Status);
        Assert.Equal(EmailCodeCheck.NotEditable, (await VerifyAsync(Applicant(0), "123456")).Status);
    }

    [Fact]
    public async Task RequestEmailCode_SomeoneElsesIdentityInAnotherElection_IsNotEditable()
    {
        var stranger = new ApplicantIdentity("session", Number(0), Guid.NewGuid());

        Assert.Equal(EmailCodeRequestStatus.NotEditable, (await RequestAsync(stranger, Address)).Result.Status);
    }

    private static string Number(int i) => (5_200_000_000L + i).ToString(CultureInfo.InvariantCulture);

    private ApplicantIdentity Applicant(int i) => new("session-" + i, Number(i), _electionId);

    /// <summary>Requests a code and, when one was sent, dispatches the outbox and reads the code from the e-mail.</summary>
    private async Task<(EmailCodeRequestResult Result, string Code)> RequestAsync(ApplicantIdentity applicant, string email, string language = "sq")
    {
        var result = await _fixture.Get<RequestEmailCode>().HandleAsync(new RequestEmailCodeCommand(applicant, email, language));
        if (result.Status != EmailCodeRequestStatus.Sent)
        {
            return (result, string.Empty);
        }

        await ActivatorUtilities.CreateInstance<OutboxDispatcher>(_fixture.Services, _mail).DispatchDueAsync();
        var text = _mail.Sent[^1].TextBody;
        return (result, SixDigits().Match(text).Value);
    }

    private Task<VerifyEmailCodeResult> VerifyAsync(ApplicantIdentity applicant, string code) =>
        _fixture.Get<VerifyEmailCode>().HandleAsync(new VerifyEmailCodeCommand(applicant, code));

    private async Task<string?> EmailOfAsync(int i)
    {
        await using var db = await _fixture.Db.CreateAsync();
        return await db.Applications.Where(a => a.PersonalNumber == Number(i)).Select(a => a.Email).SingleAsync();
    }

    /// <summary>Every value of every table, as text (byte arrays also as UTF-8 and hex).</summary>
    private async Task<string> DumpDatabaseAsync()
    {
        await using var db = await _fixture.Db.CreateAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = provider == DatabaseProvider.Postgres
                ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.GetValue(column);
                    dump.Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + " " + Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append(" | ");
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    /// <summary>The code as a token of its own: not part of a longer run of digits or hex (ids, hashes, timestamps).</summary>
    private static Regex Standalone(string code) => new($"(?<![0-9A-Fa-f]){code}(?![0-9A-Fa-f])");

    [GeneratedRegex("(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}

public sealed class EmailCodeTestsOnSqlite() : EmailCodeTests(DatabaseProvider.Sqlite);

public sealed class EmailCodeTestsOnPostgres() : EmailCodeTests(DatabaseProvider.Postgres);
