using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Persistence;

/// <summary>
/// A decision's reasons are kept by name, so that reordering or inserting a <see cref="DecisionReason"/> can never
/// turn a recorded reason into another one. The raw column is read and written with each provider's own SQL.
/// </summary>
public abstract class DecisionReasonStorageTests(DataFixture fixture)
{
    [Fact]
    public async Task RequestCorrection_Saved_StoresTheReasonNamesInTheColumn()
    {
        var application = await DecidedApplicationAsync("KE-NAMES1", "3000000101", [DecisionReason.ProofOfAddressMismatch, DecisionReason.Other]);

        await using var db = await fixture.Db.CreateAsync();
        var stored = await db.Database.SqlQuery<string>(StoredReasons(application.ReferenceNumber!)).ToListAsync();
        Assert.Equal(["ProofOfAddressMismatch", "Other"], stored);
    }

    [Fact]
    public async Task Reasons_WrittenAsNamesBySql_ComeBackAsTheNamedReasons()
    {
        var application = await DecidedApplicationAsync("KE-NAMES2", "3000000102", [DecisionReason.SelfieNotHoldingId]);
        await using (var db = await fixture.Db.CreateAsync())
        {
            // Names far apart in the enum, in reverse declaration order: only a by-name mapping reads them back as written.
            Assert.Equal(1, await db.Database.ExecuteSqlAsync(WriteReasons(application.ReferenceNumber!, "Other", "FaceNotVisible")));
        }

        await using (var db = await fixture.Db.CreateAsync())
        {
            var stored = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
            Assert.Equal([DecisionReason.Other, DecisionReason.FaceNotVisible], stored.Reasons);
        }
    }

    /// <summary>One row per stored reason, in stored order, as the column holds it.</summary>
    protected abstract FormattableString StoredReasons(string referenceNumber);

    protected abstract FormattableString WriteReasons(string referenceNumber, string first, string second);

    private async Task<VoterApplication> DecidedApplicationAsync(string reference, string personalNumber, DecisionReason[] reasons)
    {
        var now = fixture.Clock.UtcNow;
        await using var db = await fixture.Db.CreateAsync();
        var election = await db.Elections.FirstOrDefaultAsync() ?? await CreateElectionAsync();
        db.RegistryEntries.Add(new CivilRegistryEntry(personalNumber, "Arta", "Morina", null, new DateOnly(1990, 5, 17), Sex.Female, 25, RegistryStatus.Active));
        var application = VoterApplication.Start(election.Id, personalNumber, ApplicationChannel.Online, now);
        application.Submit(reference, now, now);
        application.BeginReview(Guid.Empty, (now).AddMinutes(15), now);
        application.RequestCorrection(reasons, CorrectionSteps.For(reasons), "Shiko arsyet", Guid.Empty, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    private async Task<Election> CreateElectionAsync()
    {
        var opens = new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var outcome = await fixture.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Decision reasons", ElectionKind.Local, new DateOnly(2040, 3, 4), opens, opens.AddDays(30), "test"));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!;
    }
}

public sealed class DecisionReasonStorageTestsOnSqlite(SqliteFixture fixture) : DecisionReasonStorageTests(fixture), IClassFixture<SqliteFixture>
{
    protected override FormattableString StoredReasons(string referenceNumber) =>
        $"""SELECT r.value AS "Value" FROM applications AS a, json_each(a."Reasons") AS r WHERE a."ReferenceNumber" = {referenceNumber} ORDER BY r.key""";

    protected override FormattableString WriteReasons(string referenceNumber, string first, string second) =>
        $"""UPDATE applications SET "Reasons" = json_array({first}, {second}) WHERE "ReferenceNumber" = {referenceNumber}""";
}

public sealed class DecisionReasonStorageTestsOnPostgres(PostgresFixture fixture) : DecisionReasonStorageTests(fixture), IClassFixture<PostgresFixture>
{
    protected override FormattableString StoredReasons(string referenceNumber) =>
        $"""SELECT r.name AS "Value" FROM applications AS a, unnest(a."Reasons") WITH ORDINALITY AS r(name, n) WHERE a."ReferenceNumber" = {referenceNumber} ORDER BY r.n""";

    protected override FormattableString WriteReasons(string referenceNumber, string first, string second) =>
        $"""UPDATE applications SET "Reasons" = ARRAY[{first}, {second}] WHERE "ReferenceNumber" = {referenceNumber}""";
}
