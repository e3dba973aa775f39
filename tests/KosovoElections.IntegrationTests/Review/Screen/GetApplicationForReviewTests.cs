using KosovoElections.Application.Audit;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Application.Review.Screen;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Screen;

/// <summary>What the review screen is given for one application, who gets it, and that every look is audited (T-AC-01, T-LOG-06).</summary>
public abstract class GetApplicationForReviewTests(DataFixture fixture)
{
    private readonly ReviewSeed _seed = new(fixture);

    private GetApplicationForReview Query => fixture.Get<GetApplicationForReview>();

    [Fact]
    public async Task Get_ClaimedApplication_GivesRegistryEnteredDataAgeDocumentsFlagsNotesAndLease()
    {
        var reviewer = await StaffAsync(StaffRole.Reviewer);
        var email = $"{Guid.NewGuid():N}@example.org";
        var first = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
        var (draft, applicant) = await _seed.DraftAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
        await SubmitAsync(applicant);
        await _seed.ChangeAsync(draft.Id, (a, at) => a.BeginReview(reviewer.StaffId, at.AddMinutes(15), at));
        await AddNoteAsync(draft.Id, reviewer, "Fotografia e pasaportës është e qartë.");

        var review = await Query.HandleAsync(reviewer, (await ReferenceOfAsync(draft.Id)).ToLowerInvariant());

        Assert.NotNull(review);
        Assert.Equal((ApplicationStatus.InReview, ReviewAccess.Decide, true), (review.Status, review.Access, review.MayDecide));
        Assert.Equal(
            new RegistryFacts(RegistryPeople.FirstName, RegistryPeople.LastName, "Agim", new DateOnly(1990, 1, 1), Sex.Female, "Rahovec", "Orahovac", RegistryStatus.Active),
            review.Registry);
        Assert.Equal(37, review.AgeOnElectionDay);
        Assert.Equal(("Review 2027", ReviewSeed.ElectionDay), (review.ElectionName.Albanian, review.ElectionDay));
        Assert.Equal(email, review.Entered.Email);
        Assert.Equal("CH", review.Entered.Address!.CountryCode);
        Assert.NotNull(review.SubmittedAt);
        Assert.Equal(new LeaseFacts(reviewer.Email, fixture.Clock.UtcNow.AddMinutes(15), HeldByMe: true, Lapsed: false), review.Lease);
        Assert.Equal([DocumentKind.Selfie, DocumentKind.IdDocument, DocumentKind.SelfieWithId, DocumentKind.ProofOfAddress], review.Documents.Select(d => d.Kind));
        var flag = Assert.Single(review.Flags);
        Assert.Equal((FlagKind.SharedEmail, first.ReferenceNumber), (flag.Kind, flag.OtherReference));
        var note = Assert.Single(review.Notes);
        Assert.Equal((reviewer.Email, "Fotografia e pasaportës është e qartë."), (note.AuthorEmail, note.Text));
    }

    [Fact]
    public async Task Get_History_FollowsTheAuditLogInOrderWithTheActors()
    {
        var reviewer = await StaffAsync(StaffRole.Reviewer);
        var (draft, applicant) = await _seed.DraftAsync();
        await SubmitAsync(applicant);
        var audit = fixture.Get<IAuditLog>();
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{reviewer.StaffId}", AuditActions.Staff.ApplicationClaimed, draft.Id));
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{reviewer.StaffId}", AuditActions.Staff.DocumentViewed, draft.Id));
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{reviewer.StaffId}", AuditActions.Staff.LeaseReleased, draft.Id));

        var review = await Query.HandleAsync(reviewer, await ReferenceOfAsync(draft.Id));

        Assert.Equal(
            [(ReviewEvent.Submitted, ActorKind.Applicant, null), (ReviewEvent.Claimed, ActorKind.Staff, reviewer.Email), (ReviewEvent.LeaseReleased, ActorKind.Staff, reviewer.Email)],
            review!.History.Select(h => (h.Event, h.Actor, h.StaffEmail)));
        Assert.True(review.History.Zip(review.History.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task Get_EachCall_AuditsOneViewByTheMember()
    {
        var reviewer = await StaffAsync(StaffRole.Reviewer);
        var application = await _seed.SentAsync();

        await Query.HandleAsync(reviewer, application.ReferenceNumber!);
        await Query.HandleAsync(reviewer, application.ReferenceNumber!);

        await using var db = await fixture.Db.CreateAsync();
        var views = await db.AuditEvents.Where(e => e.ApplicationId == application.Id && e.Action == "application.viewed").ToListAsync();
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal((ActorKind.Staff, $"{reviewer.StaffId}"), (v.ActorKind, v.Actor)));
    }

    [Fact]
    public async Task Get_WithoutThePermissionOrUnknown_GivesNothingAndAuditsNothing()
    {
        var admin = await StaffAsync(StaffRole.Admin);
        var reviewer = await StaffAsync(StaffRole.Reviewer);
        var sent = await _seed.SentAsync();

        Assert.Null(await Query.HandleAsync(admin, sent.ReferenceNumber!));
        Assert.Null(await Query.HandleAsync(reviewer with { AwaitingSecondFactor = true }, sent.ReferenceNumber!));
        Assert.Null(await Query.HandleAsync(reviewer, ReferenceNumber.New()));
        Assert.Null(await Query.HandleAsync(reviewer, "not a reference"));
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ApplicationId == sent.Id));
    }

    [Fact]
    public async Task Get_LeaseOfAnotherOrLapsed_IsReadOnlyForTheMember()
    {
        var holder = await StaffAsync(StaffRole.Reviewer);
        var other = await StaffAsync(StaffRole.Reviewer);
        var application = await _seed.SentAsync();
        await _seed.ChangeAsync(application.Id, (a, at) => a.BeginReview(holder.StaffId, at.AddMinutes(15), at));

        var seen = await Query.HandleAsync(other, application.ReferenceNumber!);
        Assert.Equal((ReviewAccess.ClaimedByOther, false), (seen!.Access, seen.Lease!.HeldByMe));
        Assert.Equal(holder.Email, seen.Lease.HolderEmail);

        var start = fixture.Clock.GetUtcNow();
        try
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(16));
            var lapsed = await Query.HandleAsync(holder, application.ReferenceNumber!);
            Assert.Equal((ReviewAccess.LeaseLapsed, true, false), (lapsed!.Access, lapsed.Lease!.Lapsed, lapsed.MayDecide));
        }
        finally
        {
            fixture.Clock.Set(start);
        }
    }

    [Fact]
    public async Task Get_PendingRejection_OpensTheSecondReviewOnlyToAnotherSupervisor()
    {
        var proposer = await StaffAsync(StaffRole.Supervisor);
        var supervisor = await StaffAsync(StaffRole.Supervisor);
        var reviewer = await StaffAsync(StaffRole.Reviewer);
        var application = await _seed.SentAsync();
        await _seed.ChangeAsync(application.Id, (a, at) =>
        {
            a.BeginReview(proposer.StaffId, at.AddMinutes(15), at);
            a.ProposeRejection([DecisionReason.ProofOfAddressMismatch], null, proposer.StaffId, at);
        });

        Assert.Equal(ReviewAccess.SecondReview, (await Query.HandleAsync(supervisor, application.ReferenceNumber!))!.Access);
        Assert.Equal(ReviewAccess.OwnRejection, (await Query.HandleAsync(proposer, application.ReferenceNumber!))!.Access);
        var seen = await Query.HandleAsync(reviewer, application.ReferenceNumber!);
        Assert.Equal((ReviewAccess.AwaitingSecondReview, false), (seen!.Access, seen.MayDecide));
        Assert.Equal([DecisionReason.ProofOfAddressMismatch], seen.Reasons);
    }

    private async Task<StaffIdentity> StaffAsync(StaffRole role)
    {
        var member = new StaffMember($"{role}-{Guid.NewGuid():N}@kqz-ks.org".ToLowerInvariant(), role, "not-a-hash", fixture.Clock.UtcNow);
        await using var db = await fixture.Db.CreateAsync();
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        return new StaffIdentity("session", member.Id, member.Email, role, AwaitingSecondFactor: false);
    }

    private async Task AddNoteAsync(Guid applicationId, StaffIdentity author, string text)
    {
        await using var db = await fixture.Db.CreateAsync();
        db.ReviewNotes.Add(new ReviewNote(applicationId, author.StaffId, text, fixture.Clock.UtcNow));
        await db.SaveChangesAsync();
    }

    private async Task<string> ReferenceOfAsync(Guid applicationId)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Applications.Where(a => a.Id == applicationId).Select(a => a.ReferenceNumber!).SingleAsync();
    }

    private async Task SubmitAsync(ApplicantIdentity applicant) =>
        Assert.Equal(SubmitStatus.Submitted, (await fixture.Get<SubmitApplication>().HandleAsync(new SubmitCommand(applicant, true, "sq"))).Status);
}

public sealed class GetApplicationForReviewTestsOnSqlite(SqliteFixture fixture) : GetApplicationForReviewTests(fixture), IClassFixture<SqliteFixture>;

public sealed class GetApplicationForReviewTestsOnPostgres(PostgresFixture fixture) : GetApplicationForReviewTests(fixture), IClassFixture<PostgresFixture>;
