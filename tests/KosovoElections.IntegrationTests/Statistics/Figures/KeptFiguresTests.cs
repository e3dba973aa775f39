using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
using KosovoElections.IntegrationTests.Review.Queue;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Statistics.Figures;

/// <summary>
/// The figures the saves keep (docs/decisions/0020), on each database: every change of an application moves its counts
/// in the same save, saves at the same moment lose none, a save that fails moves none, and a recount mends what was
/// written around the saves.
/// </summary>
public abstract class KeptFiguresTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ReviewData _data = default!;

    public async Task InitializeAsync() => _data = await ReviewData.StartAsync(provider);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Figures_EachChangeOfAnApplication_MovesItsCountsInTheSameSave()
    {
        var (reviewer, supervisor) = (await _data.StaffAsync(StaffRole.Reviewer), await _data.StaffAsync(StaffRole.Supervisor));
        await _data.DraftAsync();
        var de = await _data.SubmittedAsync(Utc(9, 10), "DE", municipality: 1, ReturnMethod.PostalAbroad);
        var ch = await _data.SubmittedAsync(Utc(9, 40), "CH", municipality: 2, ReturnMethod.PostalKosovo);
        var at = await _data.SubmittedAsync(Utc(10, 5), "AT", municipality: 2, ReturnMethod.PostalKosovo);
        Assert.Equal(
            ["Country AT 1", "Country CH 1", "Country DE 1", "Municipality 1 1", "Municipality 2 2",
             "ReturnMethod PostalAbroad 1", "ReturnMethod PostalKosovo 2", "Status Submitted 3"],
            await CountsAsync());
        Assert.Equal(["Sent Online 09:00 2", "Sent Online 10:00 1"], await HoursAsync());

        await _data.DecideAsync(de, reviewer, DecisionKind.Approve, Utc(11, 20));
        Assert.Contains("Status Approved 1", await CountsAsync());
        Assert.Contains("Status Submitted 2", await CountsAsync());
        Assert.Contains("Decided Approved 11:00 1", await HoursAsync());

        // Sent back for its address: the applicant gives an address in France instead of Switzerland and sends it
        // again; the country moves with it.
        await _data.DecideAsync(ch, reviewer, DecisionKind.RequestCorrection, Utc(11, 30));
        Assert.Contains("Status CorrectionRequested 1", await CountsAsync());
        await ChangeAsync(ch, a =>
        {
            a.RecordAddress(new AddressAbroad("FR", "Lyon", "Rue 1", "69001"), "+33612345678", Utc(12, 0));
            a.Resubmit(Utc(12, 1));
        });
        Assert.Equal(
            ["Country AT 1", "Country CH 0", "Country DE 1", "Country FR 1", "Municipality 1 1", "Municipality 2 2",
             "ReturnMethod PostalAbroad 1", "ReturnMethod PostalKosovo 2", "Status Approved 1", "Status CorrectionRequested 0", "Status InReview 0", "Status Submitted 2"],
            await CountsAsync());

        await ChangeAsync(at, a => a.Withdraw(Utc(12, 10)));
        await _data.DecideAsync(ch, reviewer, DecisionKind.Reject, Utc(13, 0));
        Assert.Contains("Status RejectionPending 1", await CountsAsync());
        await _data.DecideAsync(ch, supervisor, DecisionKind.ConfirmRejection, Utc(14, 15));

        Assert.Equal(
            ["Status Approved 1", "Status CorrectionRequested 0", "Status InReview 0", "Status Rejected 1", "Status RejectionPending 0", "Status Submitted 0", "Status Withdrawn 1"],
            (await CountsAsync()).Where(c => c.StartsWith("Status", StringComparison.Ordinal)));
        // The corrected application counts as sent when it was sent again, as the backlog's arrivals count it.
        Assert.Equal(
            ["Decided Approved 11:00 1", "Decided Rejected 14:00 1", "Sent Online 09:00 1", "Sent Online 10:00 1", "Sent Online 12:00 1"],
            await HoursAsync());
        Assert.Equal(0, await RecountAsync());
    }

    [Fact]
    public async Task Figures_DecisionsSavedAtTheSameMoment_NoneIsLost()
    {
        var sent = new List<VoterApplication>();
        for (var i = 0; i < 12; i++)
        {
            sent.Add(await _data.SubmittedAsync(Utc(9, i)));
        }

        await Task.WhenAll(sent.Select(async (application, i) =>
        {
            await using var db = await _data.Fixture.Db.CreateAsync();
            var stored = await db.Applications.SingleAsync(a => a.Id == application.Id);
            stored.BeginReview(Guid.NewGuid(), Utc(10, 30), Utc(10, i));
            stored.Approve($"RC-{i}", stored.ClaimedBy!.Value, Utc(10, i));
            await db.SaveChangesAsync();
        }));

        Assert.Contains("Status Approved 12", await CountsAsync());
        Assert.Contains("Status Submitted 0", await CountsAsync());
        Assert.Contains("Decided Approved 10:00 12", await HoursAsync());
        Assert.Equal(0, await RecountAsync());
    }

    [Fact]
    public async Task Figures_ASaveRefusedForAChangeMeanwhile_MovesNoCount()
    {
        var application = await _data.SubmittedAsync(Utc(9, 0));
        await using var first = await _data.Fixture.Db.CreateAsync();
        await using var second = await _data.Fixture.Db.CreateAsync();
        var seenByFirst = await first.Applications.SingleAsync(a => a.Id == application.Id);
        var seenBySecond = await second.Applications.SingleAsync(a => a.Id == application.Id);

        seenByFirst.Withdraw(Utc(9, 30));
        await first.SaveChangesAsync();
        seenBySecond.BeginReview(Guid.NewGuid(), Utc(10, 0), Utc(9, 31));
        seenBySecond.Approve("RC-1", seenBySecond.ClaimedBy!.Value, Utc(9, 31));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.Equal(["Country AT 1", "Municipality 29 1", "ReturnMethod PostalKosovo 1", "Status Submitted 0", "Status Withdrawn 1"], await CountsAsync());
        Assert.Equal(["Sent Online 09:00 1"], await HoursAsync());
    }

    [Fact]
    public async Task Recount_ApplicationsChangedAroundTheSaves_FindsTheWrongCountsAndMendsThem()
    {
        var application = await _data.SubmittedAsync(Utc(9, 0), "DE");
        await _data.SubmittedAsync(Utc(9, 5), "DE");
        await using (var db = await _data.Fixture.Db.CreateAsync())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE applications SET address_country = 'CH' WHERE \"Id\" = {application.Id}");
        }

        Assert.Equal(2, await RecountAsync()); // Germany one too many, Switzerland missing
        Assert.Contains("Country CH 1", await CountsAsync());
        Assert.Contains("Country DE 1", await CountsAsync());
        Assert.Equal(0, await RecountAsync());
    }

    private static DateTime Utc(int hour, int minute) => new(2027, 3, 1, hour, minute, 0, DateTimeKind.Utc);

    private async Task ChangeAsync(VoterApplication application, Action<VoterApplication> change)
    {
        await using var db = await _data.Fixture.Db.CreateAsync();
        change(await db.Applications.SingleAsync(a => a.Id == application.Id));
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> CountsAsync()
    {
        await using var db = await _data.Fixture.Db.CreateAsync();
        var counts = await db.FigureCounts.AsNoTracking().Where(f => f.ElectionId == _data.ElectionId).ToListAsync();
        return [.. counts.Select(f => $"{f.Figure} {f.Key} {f.Count}").Order(StringComparer.Ordinal)];
    }

    private async Task<List<string>> HoursAsync()
    {
        await using var db = await _data.Fixture.Db.CreateAsync();
        var hours = await db.FigureHours.AsNoTracking().Where(f => f.ElectionId == _data.ElectionId).ToListAsync();
        return [.. hours.Select(f => $"{f.Figure} {f.Key} {f.Hour:HH:mm} {f.Count}").Order(StringComparer.Ordinal)];
    }

    private async Task<int> RecountAsync()
    {
        await using var db = await _data.Fixture.Db.CreateAsync();
        return await FigureRecount.RecountAsync(db, _data.ElectionId);
    }
}

public sealed class KeptFiguresTestsOnSqlite() : KeptFiguresTests(DatabaseProvider.Sqlite);

public sealed class KeptFiguresTestsOnPostgres() : KeptFiguresTests(DatabaseProvider.Postgres);
