using System.Net;
using KosovoElections.Application.Postal;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Decisions;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>What the applicant of a paper application learns of the decision: by e-mail if they gave one, else by signing in online (issue 15).</summary>
public abstract class PostalApplicantTests(DecisionHost fixture)
{
    private readonly PostalSeed _seed = new(fixture.Host);

    [Fact]
    public async Task Approve_PaperApplicationWithAnEmail_MailsTheDecisionToThatAddress()
    {
        var number = await _seed.PersonAsync();
        var form = _seed.Form(number, channel: "Email");
        form.Email = $"letter{number}@example.org";
        var (id, reference) = await EnterAndApproveAsync(form);

        var mail = Assert.Single(await fixture.Mail.WaitForAsync(form.Email, 1));
        Assert.Contains(reference, mail.Text);
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(ApplicationStatus.Approved, (await db.Applications.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task Approve_PaperApplicationWithoutEmail_TheApplicantSeesItAndTheReceiptBySigningInOnline()
    {
        var number = await _seed.PersonAsync();
        var (id, _) = await EnterAndApproveAsync(_seed.Form(number));
        string receipt;
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            receipt = (await db.Applications.SingleAsync(a => a.Id == id)).ReceiptCode!;
            Assert.Equal(1, await db.Applications.CountAsync(a => a.PersonalNumber == number));
        }

        using var applicant = new BrowserSession(fixture.Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.SignInAsync(number, PostalSeed.Born, "/apply/sign-in?culture=en")).StatusCode);

        Assert.Contains("data-status=\"Approved\"", await applicant.GetPageAsync("/apply?culture=en"));
        Assert.Contains(receipt, await applicant.GetPageAsync("/apply/receipt?culture=en"));
        await using var check = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await check.Applications.CountAsync(a => a.PersonalNumber == number));
    }

    /// <summary>A supervisor enters the form; a reviewer claims and approves it through the decision use case.</summary>
    private async Task<(Guid Id, string Reference)> EnterAndApproveAsync(PostalEntryForm form)
    {
        fixture.Clock.Set(ApplicantSiteHost.Now);
        var supervisor = await fixture.Host.CreateStaffAsync(StaffRole.Supervisor);
        var entered = await fixture.Host.Get<EnterPostalApplication>().HandleAsync(
            new EnterPostalCommand(new StaffIdentity("test", supervisor.Id, supervisor.Email, StaffRole.Supervisor, false), form, PostalSeed.Documents()));
        Assert.Equal(PostalEntryStatus.Entered, entered.Status);
        var id = entered.ApplicationId!.Value;

        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        await new ReviewSeed(fixture.Host).ChangeAsync(id, (a, now) => a.BeginReview(reviewer.Id, now.AddMinutes(15), now));
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var seen = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(DecisionStatus.Decided, (await fixture.DecideAsync(reviewer, StaffRole.Reviewer, seen, new DecisionInput { Kind = DecisionKind.Approve })).Status);
        return (id, entered.ReferenceNumber!);
    }
}

public sealed class PostalApplicantTestsOnSqlite(SqliteDecisionHost fixture) : PostalApplicantTests(fixture), IClassFixture<SqliteDecisionHost>;

public sealed class PostalApplicantTestsOnPostgres(PostgresDecisionHost fixture) : PostalApplicantTests(fixture), IClassFixture<PostgresDecisionHost>;
