using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Demo;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Commands;

/// <summary>election add-mailbox and add-mission for the current or next election, through the executable's dispatcher.</summary>
public sealed class ElectionSetupCommandTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task AddMailboxesAndMission_ToTheNextAssemblyElection_AreStoredAndAudited()
    {
        var (created, _, _) = await RunAsync("election", "create", "--name", "Kuvendi 2027", "--kind", "Assembly",
            "--election-day", "2027-10-10", "--opens", "2027-08-01T00:00:00Z", "--closes", "2027-08-29T23:59:00+02:00");
        Assert.Equal(ExitCodes.Ok, created);

        Assert.Equal(ExitCodes.Ok, (await RunAsync("election", "add-mailbox", "--country", "KOSOVO", "--address", "Kutia Postare 1000\\n10000 Prishtinë")).Code);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("election", "add-mailbox", "--country", "DEFAULT", "--address", "P.O. Box 100, Skopje")).Code);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("election", "add-mailbox", "--country", "DE", "--address", "Postfach 1, Berlin")).Code);
        var (changed, changedOutput, _) = await RunAsync("election", "add-mailbox", "--country", "DE", "--address", "Postfach 2\\n10001 Berlin");
        var (mission, missionOutput, _) = await RunAsync("election", "add-mission", "--name", "Ambasada në Berlin", "--country", "DE", "--city", "Berlin", "--capacity", "150");

        Assert.Equal(ExitCodes.Ok, changed);
        Assert.Contains("Changed the address of the mailbox for DE", changedOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, mission);
        Assert.Contains("150 places", missionOutput, StringComparison.Ordinal);
        await using var db = await fixture.Db.CreateAsync();
        var mailboxes = await db.Mailboxes.ToListAsync();
        Assert.Equal(3, mailboxes.Count);
        Assert.Equal("Kutia Postare 1000\n10000 Prishtinë", mailboxes.Single(m => m.Place == MailboxPlace.Kosovo).Address);
        Assert.Equal("Postfach 2\n10001 Berlin", mailboxes.Single(m => m.CountryCode == "DE").Address);
        Assert.Single(mailboxes, m => m.IsDefaultAbroad);
        var stored = await db.Missions.SingleAsync();
        Assert.Equal(("Ambasada në Berlin", "DE", "Berlin", 150, 0), (stored.Name, stored.CountryCode, stored.City, stored.Capacity, stored.Reserved));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "election.mission-added" && e.Details.Contains("capacity=150")));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "election.mailbox-changed"));
    }

    [Theory]
    [InlineData("XK", "is not the ISO 3166-1 code of a country abroad")]
    [InlineData("ZZ", "is not the ISO 3166-1 code of a country abroad")]
    public async Task AddMailbox_NotACountryAbroad_ExitsTwo(string country, string message)
    {
        var (code, _, error) = await RunAsync("election", "add-mailbox", "--country", country, "--address", "Somewhere 1");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMailbox_WithoutAddress_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("election", "add-mailbox", "--country", "CH");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--address is required", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ten", "--capacity must be a whole number")]
    [InlineData("-5", "--capacity must be a whole number")]
    [InlineData("0", "The capacity must be at least 1")]
    public async Task AddMission_BadCapacity_ExitsTwo(string capacity, string message)
    {
        var (code, _, error) = await RunAsync("election", "add-mission", "--name", "Ambasada", "--country", "DE", "--city", "Berlin", "--capacity", capacity);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(fixture.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>The demo data come with the CEC mailboxes; a Local election takes no missions.</summary>
public sealed class DemoMailboxTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task DemoSeed_AddsKosovoDefaultGermanAndSwissMailboxes_AndItsLocalElectionRefusesMissions()
    {
        var seed = await fixture.Get<DemoSeeder>().SeedAsync();
        Assert.NotNull(seed.Election);

        await using (var db = await fixture.Db.CreateAsync())
        {
            var mailboxes = await db.Mailboxes.Where(m => m.ElectionId == seed.Election.Id).ToListAsync();
            Assert.Single(mailboxes, m => m.Place == MailboxPlace.Kosovo);
            Assert.Single(mailboxes, m => m.IsDefaultAbroad);
            Assert.Equal(["CH", "DE"], mailboxes.Select(m => m.CountryCode).OfType<string>().Order());
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(fixture.Services, ["election", "add-mission", "--name", "Ambasada", "--country", "DE", "--city", "Berlin", "--capacity", "10"], output, error);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("Assembly elections only", error.ToString(), StringComparison.Ordinal);
    }
}
