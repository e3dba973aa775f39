using KosovoElections.Application.Audit;
using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Commands;

/// <summary>The operator commands of SPEC §8 through the same dispatcher the executable uses, on a real database.</summary>
public sealed class CommandTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task ElectionCreate_Weekday_ExitsWithTheSundayRule()
    {
        var (code, _, error) = await RunAsync("election", "create", "--name", "Local 2031", "--kind", "Local",
            "--election-day", "2031-10-11", "--opens", "2031-08-01T00:00:00Z", "--closes", "2031-08-29T23:59:00+02:00");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("must be a Sunday", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "Presidential", "--kind must be one of Local, Assembly, MayoralRunoff, Early")]
    [InlineData("--kind", "7", "--kind must be one of")]
    [InlineData("--opens", "2031-08-01", "--opens must be an ISO 8601 instant")]
    [InlineData("--election-day", "12.10.2031", "--election-day must be a date YYYY-MM-DD")]
    public async Task ElectionCreate_MalformedOption_ExplainsAndExitsTwo(string option, string value, string message)
    {
        var args = new Dictionary<string, string>
        {
            ["--name"] = "Local 2031",
            ["--kind"] = "Local",
            ["--election-day"] = "2031-10-12",
            ["--opens"] = "2031-08-01T00:00:00Z",
            ["--closes"] = "2031-08-29T23:59:00+02:00",
        };
        args[option] = value;
        var (code, _, error) = await RunAsync(["election", "create", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElectionCreateThenSetDeadline_MovesTheDeadlineAndAuditsTheReason()
    {
        var (created, output, _) = await RunAsync("election", "create", "--name", "Zgjedhjet 2033", "--kind", "Assembly",
            "--election-day", "2033-10-09", "--opens", "2033-08-01T00:00:00Z", "--closes", "2033-08-29T23:59:00+02:00");
        Assert.Equal(ExitCodes.Ok, created);
        Assert.Contains("2033-08-29T21:59:00", output, StringComparison.Ordinal); // 23:59 Kosovo summer time is 21:59 UTC
        var id = output.Split(' ').First(w => Guid.TryParse(w.TrimEnd(':'), out _)).TrimEnd(':');

        var (noReason, _, reasonError) = await RunAsync("election", "set-deadline", "--election", id, "--closes", "2033-09-02T23:59:00+02:00");
        Assert.Equal(ExitCodes.BadInput, noReason);
        Assert.Contains("--reason is required", reasonError, StringComparison.Ordinal);

        var (moved, _, _) = await RunAsync("election", "set-deadline", "--election", id, "--closes", "2033-09-02T23:59:00+02:00", "--reason", "Extended by CEC decision 12/2033");
        Assert.Equal(ExitCodes.Ok, moved);
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(new DateTime(2033, 9, 2, 21, 59, 0, DateTimeKind.Utc), (await db.Elections.SingleAsync(e => e.Id == Guid.Parse(id))).ClosesAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "election.deadline-changed" && e.Details.Contains("CEC decision 12/2033")));
    }

    [Fact]
    public async Task StaffCreate_StoresAHashNeverThePassword_AndRefusesTheSameEmailTwice()
    {
        var (code, _, _) = await RunAsync("staff", "create", "--email", "Reviewer.One@kqz-ks.org", "--role", "Reviewer", "--password", "correct horse battery");
        Assert.Equal(ExitCodes.Ok, code);
        await using (var db = await fixture.Db.CreateAsync())
        {
            var member = await db.Staff.SingleAsync(s => s.NormalizedEmail == "REVIEWER.ONE@KQZ-KS.ORG");
            Assert.Equal(StaffRole.Reviewer, member.Role);
            Assert.DoesNotContain("correct horse", member.PasswordHash, StringComparison.Ordinal);
            Assert.True(fixture.Get<KosovoElections.Application.Administration.Staff.IPasswordHasher>().Verify(member.PasswordHash, "correct horse battery"));
        }

        var (again, _, error) = await RunAsync("staff", "create", "--email", "reviewer.one@kqz-ks.org", "--role", "Admin", "--password", "another long password");
        Assert.Equal(ExitCodes.BadInput, again);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", "at least 12 characters")]
    public async Task StaffCreate_ShortPassword_IsRefused(string password, string message)
    {
        var (code, _, error) = await RunAsync("staff", "create", "--email", "x@kqz-ks.org", "--role", "Admin", "--password", password);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistryImport_MissingFile_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("registry", "import", "/nonexistent/registry.csv");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("There is no file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistryImport_MixedFile_ReportsBadLinesAndImportsTheRest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path,
            "personal_number,first_name,last_name,father_name,date_of_birth,sex,municipality,status\n" +
            "4000000001,Drita,Hyseni,,1988-03-04,F,Ferizaj,active\n" +
            "40000X0002,Bad,Number,,1988-03-04,F,Ferizaj,active\n" +
            "4000000003,Nenad,Ilić,Dušan,1975-12-01,M,Zubin Potok,active\n");
        var (code, output, error) = await RunAsync("registry", "import", path);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 imported, 1 rejected", output, StringComparison.Ordinal);
        Assert.Contains("line 3: The personal number must be exactly 10 digits", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_AfterTampering_ExitsOne()
    {
        await fixture.Get<IAuditLog>().AppendAsync(new AuditEntry(ActorKind.System, "test", "test.event"));
        Assert.Equal(ExitCodes.Ok, (await RunAsync("audit", "verify")).Code);

        await using (var db = await fixture.Db.CreateAsync())
        {
            await db.AuditEvents.Where(e => e.Action == "test.event").ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else"));
        }

        var (code, _, error) = await RunAsync("audit", "verify");
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("broken at event", error, StringComparison.Ordinal);

        // Restore the row so other tests in this class see an intact chain.
        await using var restore = await fixture.Db.CreateAsync();
        await restore.AuditEvents.Where(e => e.Action == "test.event").ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "test"));
    }

    [Fact]
    public async Task FiguresRecount_AfterAChangeMadeInTheDatabaseByHand_MendsTheCountsAndAuditsIt()
    {
        var sent = new DateTime(2040, 9, 3, 9, 0, 0, DateTimeKind.Utc);
        var election = Election.Create("Zgjedhjet 2040", ElectionKind.Local, new DateOnly(2040, 10, 14), sent.AddDays(-2), sent.AddDays(20));
        var application = VoterApplication.Start(election.Id, "5700000001", ApplicationChannel.Online, sent, 29);
        application.RecordAddress(new AddressAbroad("DE", "Berlin", "Strasse 1", "10115"), "+4915112345678", sent);
        application.Submit(ReferenceNumber.New(), sent, sent);
        await using (var db = await fixture.Db.CreateAsync())
        {
            db.Elections.Add(election);
            db.RegistryEntries.Add(RegistryPeople.Person("5700000001", new DateOnly(1990, 1, 1)));
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE applications SET address_country = 'CH' WHERE \"Id\" = {application.Id}");
        }

        var (code, output, _) = await RunAsync("figures", "recount");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 count(s) were wrong or missing and are mended", output, StringComparison.Ordinal); // Germany one too many, Switzerland missing
        await using var after = await fixture.Db.CreateAsync();
        Assert.Equal(
            ["CH 1"],
            (await after.FigureCounts.AsNoTracking().Where(f => f.ElectionId == election.Id && f.Figure == Figure.Country).ToListAsync())
                .Select(f => $"{f.Key} {f.Count}").Order(StringComparer.Ordinal));
        Assert.True(await after.AuditEvents.AnyAsync(e => e.Action == "figures.recounted" && e.Details.EndsWith(", 2 count(s) mended")));
        Assert.Contains("0 count(s) were wrong", (await RunAsync("figures", "recount")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ListsTheCommands()
    {
        var (code, _, error) = await RunAsync("election", "delete");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("election create --name N", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(fixture.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
