using System.Globalization;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Queue;

/// <summary>
/// A fresh database of one provider per test, holding one open election: the queue is global, so counts, paging and
/// "the oldest" mean something only when no other test's applications share the database.
/// </summary>
public sealed class ReviewData : IAsyncDisposable
{
    private int _people;

    private ReviewData(DataFixture fixture, Guid electionId)
    {
        Fixture = fixture;
        ElectionId = electionId;
    }

    public DataFixture Fixture { get; }

    public Guid ElectionId { get; }

    public TestClock Clock => Fixture.Clock;

    /// <summary>A day well inside the registration window; applications are submitted relative to it.</summary>
    public DateTime Start => Clock.UtcNow.Date;

    public static async Task<ReviewData> StartAsync(DatabaseProvider provider)
    {
        DataFixture fixture = provider == DatabaseProvider.Postgres ? new PostgresFixture() : new SqliteFixture();
        await fixture.InitializeAsync();
        var election = await fixture.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 7, 11), new DateTime(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 6, 30, 21, 59, 0, DateTimeKind.Utc), "test"));
        Assert.True(election.Succeeded, string.Join("; ", election.Errors));
        return new ReviewData(fixture, election.Value!.Id);
    }

    public T Get<T>()
        where T : notnull => Fixture.Get<T>();

    /// <summary>A new person's application, sent at <paramref name="submittedAt"/> (by default one minute after the last).</summary>
    public async Task<VoterApplication> SubmittedAsync(
        DateTime? submittedAt = null, string country = "AT", int municipality = 29, ReturnMethod method = ReturnMethod.PostalKosovo,
        FlagKind? flag = null, Action<VoterApplication, DateTime>? then = null)
    {
        var number = (5_200_000_000L + Interlocked.Increment(ref _people)).ToString(CultureInfo.InvariantCulture);
        var at = submittedAt ?? Start.AddMinutes(_people);
        var application = VoterApplication.Start(ElectionId, number, ApplicationChannel.Online, at, municipality);
        application.RecordVerifiedEmail($"voter{_people}@example.org", at);
        application.RecordAddress(new AddressAbroad(country, "Qyteti", "Rruga 1", "1000"), "+4314001234", at);
        application.ChooseReturnMethod(method, at);
        application.Submit(ReferenceNumber.New(), at, at);
        then?.Invoke(application, at);

        await using var db = await Fixture.Db.CreateAsync();
        db.RegistryEntries.Add(new CivilRegistryEntry(number, "Arta", "Morina", null, new DateOnly(1990, 5, 17), Sex.Female, municipality, RegistryStatus.Active));
        db.Applications.Add(application);
        if (flag is { } kind)
        {
            db.Flags.Add(new ApplicationFlag(application.Id, kind, null, null, at));
        }

        await db.SaveChangesAsync();
        return application;
    }

    /// <summary>A person's draft, never sent.</summary>
    public async Task<VoterApplication> DraftAsync()
    {
        var number = (5_200_000_000L + Interlocked.Increment(ref _people)).ToString(CultureInfo.InvariantCulture);
        var application = VoterApplication.Start(ElectionId, number, ApplicationChannel.Online, Start);
        await using var db = await Fixture.Db.CreateAsync();
        db.RegistryEntries.Add(new CivilRegistryEntry(number, "Arta", "Morina", null, new DateOnly(1990, 5, 17), Sex.Female, 29, RegistryStatus.Active));
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    /// <summary>A new active staff member of <paramref name="role"/>, as a signed-in page would pass them to a use case.</summary>
    public async Task<StaffIdentity> StaffAsync(StaffRole role)
    {
        // Straight into the table: the password is never used here, and hashing one per reviewer would only cost time.
        var member = new StaffMember($"{role}-{Guid.NewGuid():N}"[..20].ToLowerInvariant() + "@kqz-ks.org", role, "unused", Clock.UtcNow);
        await using var db = await Fixture.Db.CreateAsync();
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        return new StaffIdentity("test-session", member.Id, member.Email, role, AwaitingSecondFactor: false);
    }

    public async Task<VoterApplication> ApplicationAsync(Guid id)
    {
        await using var db = await Fixture.Db.CreateAsync();
        return await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<List<KosovoElections.Domain.Audit.AuditEvent>> AuditAsync(string action)
    {
        await using var db = await Fixture.Db.CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary><paramref name="staff"/> claims the application at <paramref name="at"/>, for fifteen minutes.</summary>
    public async Task ClaimAsync(VoterApplication application, StaffIdentity staff, DateTime at)
    {
        Clock.Set(new DateTimeOffset(at));
        await using var db = await Fixture.Db.CreateAsync();
        var stored = await db.Applications.SingleAsync(a => a.Id == application.Id);
        stored.BeginReview(staff.StaffId, at.AddMinutes(15), at);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A decision through the use case the review screen calls, at <paramref name="at"/>, by the holder of a fresh claim
    /// (a confirmation by the supervisor without one); a rejection or a request for correction names the proof of address.
    /// </summary>
    public async Task DecideAsync(VoterApplication application, StaffIdentity staff, DecisionKind kind, DateTime at)
    {
        if (kind != DecisionKind.ConfirmRejection)
        {
            await ClaimAsync(application, staff, at);
        }

        Clock.Set(new DateTimeOffset(at));
        var input = new DecisionInput { Kind = kind };
        if (kind is DecisionKind.Reject or DecisionKind.RequestCorrection)
        {
            input.Reasons = [DecisionReason.ProofOfAddressMismatch];
        }

        if (kind == DecisionKind.RequestCorrection)
        {
            input.Steps = [ApplicationStep.Address];
        }

        var version = (await ApplicationAsync(application.Id)).Version;
        var result = await Get<DecideApplication>().HandleAsync(new DecideCommand(staff, application.Id, version, input));
        Assert.Equal(DecisionStatus.Decided, result.Status);
    }

    public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
}
