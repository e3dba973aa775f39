using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Statistics.Dashboard;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Review.Queue;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Statistics.Dashboard;

/// <summary>
/// The dashboard's figures (issue 14) on each database with its own fresh election: exact counts per Kosovo day,
/// status, country, municipality and return method, today's decisions per reviewer and hour as the real decision use
/// case records them, and the backlog projected to the deadline at the last three days' rates.
/// </summary>
public abstract class DashboardFiguresTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ReviewData _data = default!;

    public async Task InitializeAsync() => _data = await ReviewData.StartAsync(provider);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Figures_SeededApplications_ExactCountsPerDayStatusCountryMunicipalityAndReturnMethod()
    {
        var (reviewer, other, supervisor) = (await _data.StaffAsync(StaffRole.Reviewer), await _data.StaffAsync(StaffRole.Reviewer), await _data.StaffAsync(StaffRole.Supervisor));
        // 22:30 UTC on 27 February is still the 27th in Kosovo (UTC+1); 23:30 UTC is already the 28th.
        var a1 = await _data.SubmittedAsync(Utc(2, 27, 22, 30), "DE", municipality: 1, ReturnMethod.PostalAbroad);
        var a2 = await _data.SubmittedAsync(Utc(2, 27, 23, 30), "DE", municipality: 1, ReturnMethod.PostalKosovo);
        var a3 = await _data.SubmittedAsync(Utc(2, 28, 9, 0), "CH", municipality: 2, ReturnMethod.PostalAbroad);
        var a4 = await _data.SubmittedAsync(Utc(2, 28, 10, 0), "AT", municipality: 2, ReturnMethod.PostalAbroad);
        await _data.SubmittedAsync(Utc(3, 1, 8, 0), "DE", municipality: 3, ReturnMethod.PostalAbroad);
        var a6 = await _data.SubmittedAsync(Utc(3, 1, 7, 0), "DE", municipality: 1, ReturnMethod.PostalKosovo);
        await _data.DraftAsync();

        await DecideAsync(a1, reviewer, DecisionKind.Approve, Utc(2, 28, 12, 0));
        await DecideAsync(a6, reviewer, DecisionKind.Approve, Utc(3, 1, 8, 45));
        await DecideAsync(a3, reviewer, DecisionKind.Reject, Utc(3, 1, 8, 30));
        await DecideAsync(a3, supervisor, DecisionKind.ConfirmRejection, Utc(3, 1, 9, 10));
        await DecideAsync(a4, other, DecisionKind.RequestCorrection, Utc(3, 1, 9, 20));
        await ClaimAsync(a2, other, Utc(3, 1, 9, 50));

        var figures = await FiguresAsync(supervisor, Utc(3, 1, 10, 0));

        Assert.Equal(
            ["Submitted 1", "InReview 1", "RejectionPending 0", "CorrectionRequested 1", "Approved 2", "Rejected 1", "Withdrawn 0"],
            figures.ByStatus.Select(s => $"{s.Key} {s.Count}"));
        Assert.Equal(
            ["2027-02-27 1 0 0", "2027-02-28 3 1 0", "2027-03-01 2 1 1"],
            figures.Daily.Select(d => $"{d.Day:yyyy-MM-dd} {d.Submitted} {d.Approved} {d.Rejected}"));
        Assert.Equal(["DE 4", "AT 1", "CH 1"], figures.ByCountry.Select(c => $"{c.Key} {c.Count}"));
        Assert.Equal(["1 3", "2 2", "3 1"], figures.ByMunicipality.Select(m => $"{m.Key.Id} {m.Count}"));
        Assert.Equal(["PostalAbroad 4", "PostalKosovo 2"], figures.ByReturnMethod.Select(m => $"{m.Key} {m.Count}"));
    }

    [Fact]
    public async Task Decisions_Today_PerReviewerAndKosovoHourAsTheAuditLogRecordsThem()
    {
        var (reviewer, other, supervisor) = (await _data.StaffAsync(StaffRole.Reviewer), await _data.StaffAsync(StaffRole.Reviewer), await _data.StaffAsync(StaffRole.Supervisor));
        var sent = new List<VoterApplication>();
        for (var i = 0; i < 6; i++)
        {
            sent.Add(await _data.SubmittedAsync(Utc(2, 20, 9, i)));
        }

        // Yesterday in Kosovo: 22:59 UTC on 28 February. Today: from 23:00 UTC, which is 00:00 on 1 March in Kosovo.
        await DecideAsync(sent[0], reviewer, DecisionKind.Approve, Utc(2, 28, 22, 59));
        await DecideAsync(sent[1], reviewer, DecisionKind.Approve, Utc(2, 28, 23, 0));
        await DecideAsync(sent[2], reviewer, DecisionKind.Approve, Utc(3, 1, 8, 5));
        await DecideAsync(sent[3], reviewer, DecisionKind.Reject, Utc(3, 1, 8, 55));
        await DecideAsync(sent[3], supervisor, DecisionKind.ConfirmRejection, Utc(3, 1, 9, 0));
        await DecideAsync(sent[4], other, DecisionKind.RequestCorrection, Utc(3, 1, 9, 30));

        // The corrected application comes back and is approved by the other reviewer: both of their decisions count,
        // though the application keeps only the last.
        await using (var db = await _data.Fixture.Db.CreateAsync())
        {
            var corrected = await db.Applications.SingleAsync(a => a.Id == sent[4].Id);
            corrected.Resubmit(Utc(3, 1, 9, 40));
            await db.SaveChangesAsync();
        }

        await DecideAsync(sent[4], other, DecisionKind.Approve, Utc(3, 1, 9, 45));

        var figures = await FiguresAsync(supervisor, Utc(3, 1, 10, 0));

        Assert.Equal(
            [$"{reviewer.Email}: 0h 1, 9h 2", $"{other.Email}: 10h 2", $"{supervisor.Email}: 10h 1"],
            figures.DecisionsToday.Select(r => $"{r.Reviewer}: {string.Join(", ", r.ByHour.Select(h => $"{h.Key}h {h.Count}"))}"));
        Assert.Equal([3, 2, 1], figures.DecisionsToday.Select(r => r.Total));
    }

    [Fact]
    public async Task Backlog_LastThreeDaysRates_ProjectedToTheDeadlineCountingFromTheWindowsFirstInstant()
    {
        // Ten days and 59 minutes before the deadline (30 June, 21:59 UTC); the rates are those since 17 June, 21:00 UTC
        // (the window starts at a whole hour: the figures count arrivals per hour).
        var now = new DateTime(2027, 6, 20, 21, 0, 0, DateTimeKind.Utc);
        var from = now.AddDays(-3);
        var reviewer = await _data.StaffAsync(StaffRole.Reviewer);
        var earlier = new List<VoterApplication>();
        for (var i = 0; i < 5; i++)
        {
            earlier.Add(await _data.SubmittedAsync(Utc(6, 1, 9, i)));
        }

        await DecideAsync(earlier[0], reviewer, DecisionKind.Approve, from.AddSeconds(-1));
        await DecideAsync(earlier[1], reviewer, DecisionKind.Approve, from);
        await DecideAsync(earlier[2], reviewer, DecisionKind.Approve, from.AddHours(2));
        await DecideAsync(earlier[3], reviewer, DecisionKind.RequestCorrection, from.AddHours(3));
        await DecideAsync(earlier[4], reviewer, DecisionKind.Reject, from.AddHours(4)); // proposed: still to decide
        await _data.SubmittedAsync(from.AddSeconds(-1));
        for (var i = 0; i < 6; i++)
        {
            await _data.SubmittedAsync(from.AddHours(i * 12)); // the first exactly at the window's start
        }

        var backlog = (await FiguresAsync(await _data.StaffAsync(StaffRole.Admin), now)).Backlog;

        Assert.Equal(8, backlog.Now); // the proposed rejection, the one sent just before the window, the six in it
        Assert.Equal(from, backlog.From);
        Assert.Equal(6, backlog.Arrivals);
        Assert.Equal(3, backlog.Decisions);
        Assert.Equal(2.0, backlog.ArrivalsPerDay, 9);
        Assert.Equal(1.0, backlog.DecisionsPerDay, 9);
        Assert.Equal(10 + (59 / (24.0 * 60)), backlog.DaysLeft, 9);
        Assert.Equal(18, backlog.AtDeadline); // 8 + (2 − 1) × 10
    }

    [Fact]
    public async Task Figures_AReviewer_AreRefused()
    {
        await _data.SubmittedAsync();

        var result = await _data.Get<GetDashboard>().HandleAsync(await _data.StaffAsync(StaffRole.Reviewer));

        Assert.Equal(DashboardStatus.NotAllowed, result.Status);
        Assert.Null(result.Figures);
    }

    private static DateTime Utc(int month, int day, int hour, int minute) => new(2027, month, day, hour, minute, 0, DateTimeKind.Utc);

    private async Task<DashboardFigures> FiguresAsync(StaffIdentity staff, DateTime now)
    {
        _data.Clock.Set(new DateTimeOffset(now));
        var result = await _data.Get<GetDashboard>().HandleAsync(staff);
        Assert.Equal(DashboardStatus.Ready, result.Status);
        return result.Figures!;
    }

    private Task ClaimAsync(VoterApplication application, StaffIdentity staff, DateTime at) => _data.ClaimAsync(application, staff, at);

    private Task DecideAsync(VoterApplication application, StaffIdentity staff, DecisionKind kind, DateTime at) => _data.DecideAsync(application, staff, kind, at);
}

public sealed class DashboardFiguresTestsOnSqlite() : DashboardFiguresTests(DatabaseProvider.Sqlite);

public sealed class DashboardFiguresTestsOnPostgres() : DashboardFiguresTests(DatabaseProvider.Postgres);
