using KosovoElections.Application.Audit;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Status;

namespace KosovoElections.IntegrationTests.Review.Decisions;

/// <summary>
/// Decisions with the second review of rejections on (the default): approval with its receipt, a rejection that waits
/// for another supervisor, a correction of named steps, and the refusals that keep a decision to one staff member, once.
/// </summary>
public abstract class DecisionTests(DecisionHost fixture)
{
    [Theory]
    [InlineData(0, "sq", "Aplikimi juaj u miratua – KQZ", "shtypni dëftesën e regjistrimit")]
    [InlineData(1, "sr-Latn", "Vaša prijava je odobrena – CIK", "odštampajte potvrdu o registraciji")]
    [InlineData(2, "en", "Your application was approved – CEC", "print the registration receipt")]
    public async Task Approve_MailsTheReceiptCodeInTheApplicantsLanguage_AndTheApplicantReachesTheReceipt(int person, string culture, string subject, string print)
    {
        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var applicant = await fixture.InReviewAsync(person, culture, reviewer);

        var result = await fixture.DecideAsync(reviewer, StaffRole.Reviewer, await fixture.ApplicationOfAsync(person), new DecisionInput { Kind = DecisionKind.Approve });

        Assert.Equal(new DecisionResult(DecisionStatus.Decided, ApplicationStatus.Approved), result);
        var approved = await fixture.ApplicationOfAsync(person);
        Assert.Equal(culture, approved.Language);
        Assert.Equal(reviewer.Id, approved.DecidedBy);
        Assert.NotNull(ReceiptCode.Normalize(approved.ReceiptCode));
        var mail = await fixture.DecisionMailAsync(person);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(approved.ReceiptCode!, mail.Text);
        Assert.Contains(print, mail.Text);
        Assert.Equal(culture, mail.Headers["Content-Language"]);
        var receipt = BrowserSession.Normalize(await applicant.GetPageAsync("/apply/receipt?culture=" + culture));
        Assert.Contains($"data-testid=\"receipt-code\">{approved.ReceiptCode}<", receipt);
        var audit = Assert.Single(await fixture.AuditOfAsync(approved.Id), e => e.Action == AuditActions.Staff.ApplicationApproved);
        Assert.Equal(reviewer.Id.ToString(), audit.Actor);
    }

    [Fact]
    public async Task Reject_WaitsForAnotherSupervisor_TheApplicantSeesInReviewUntilThen_ThenReadsTheReasonsInTheirLanguage()
    {
        var proposer = await fixture.Host.CreateStaffAsync(StaffRole.Supervisor);
        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        var second = await fixture.Host.CreateStaffAsync(StaffRole.Supervisor);
        using var applicant = await fixture.InReviewAsync(3, "sr-Latn", proposer);
        var outbox = await fixture.OutboxCountAsync();

        var proposed = await fixture.DecideAsync(proposer, StaffRole.Supervisor, await fixture.ApplicationOfAsync(3), new DecisionInput
        {
            Kind = DecisionKind.Reject,
            Reasons = [DecisionReason.PersonMismatch, DecisionReason.Other],
            ReasonText = "Slika je iz 2009.",
            Note = "Compared with the registry photo.",
        });

        Assert.Equal(new DecisionResult(DecisionStatus.Decided, ApplicationStatus.RejectionPending), proposed);
        Assert.Equal(outbox, await fixture.OutboxCountAsync());
        var pendingPage = BrowserSession.Normalize(await applicant.GetPageAsync("/apply?culture=sr-Latn"));
        Assert.Contains("data-status=\"InReview\"", pendingPage);
        Assert.DoesNotContain("data-testid=\"decision-reasons\"", pendingPage);
        Assert.DoesNotContain("Slika je iz 2009.", pendingPage);

        var pending = await fixture.ApplicationOfAsync(3);
        Assert.Equal(DecisionStatus.OwnRejection, (await fixture.DecideAsync(proposer, StaffRole.Supervisor, pending, new DecisionInput { Kind = DecisionKind.ConfirmRejection })).Status);
        Assert.Equal(DecisionStatus.NotPermitted, (await fixture.DecideAsync(reviewer, StaffRole.Reviewer, pending, new DecisionInput { Kind = DecisionKind.ConfirmRejection })).Status);
        var confirmed = await fixture.DecideAsync(second, StaffRole.Supervisor, pending, new DecisionInput { Kind = DecisionKind.ConfirmRejection });

        Assert.Equal(new DecisionResult(DecisionStatus.Decided, ApplicationStatus.Rejected), confirmed);
        var mail = await fixture.DecisionMailAsync(3);
        Assert.Equal("Vaša prijava je odbijena – CIK", mail.Subject);
        Assert.Contains("Osoba na fotografiji se ne slaže sa identifikacionim dokumentom.", mail.Text);
        Assert.Contains("Slika je iz 2009.", mail.Text);
        Assert.DoesNotContain("registry photo", mail.Text);
        var page = BrowserSession.Normalize(await applicant.GetPageAsync("/apply?culture=sr-Latn"));
        Assert.Contains("data-status=\"Rejected\"", page);
        Assert.Contains("Osoba na fotografiji se ne slaže sa identifikacionim dokumentom.", page);
        Assert.DoesNotContain("registry photo", page);
        var audit = await fixture.AuditOfAsync(pending.Id);
        Assert.Contains(audit, e => e.Action == AuditActions.Staff.RejectionProposed && e.Actor == proposer.Id.ToString() && e.Details.Contains("PersonMismatch", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditActions.Staff.RejectionConfirmed && e.Actor == second.Id.ToString());
        Assert.Contains(audit, e => e.Action == AuditActions.Staff.NoteAdded && e.Actor == proposer.Id.ToString());
    }

    [Fact]
    public async Task SecondReviewPage_ListsPendingRejectionsForSupervisors_AndIsForbiddenToReviewers()
    {
        var proposer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var applicant = await fixture.InReviewAsync(4, "en", proposer);
        var rejected = await fixture.DecideAsync(proposer, StaffRole.Reviewer, await fixture.ApplicationOfAsync(4), new DecisionInput { Kind = DecisionKind.Reject, Reasons = [DecisionReason.Duplicate] });
        Assert.Equal(DecisionStatus.Decided, rejected.Status);
        var reference = (await fixture.ApplicationOfAsync(4)).ReferenceNumber;
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);

        var page = BrowserSession.Normalize(await supervisor.GetPageAsync("/office/second-review?culture=en"));
        var forbidden = await reviewer.GetAsync("/office/second-review");

        Assert.Contains($"href=\"/office/applications/{reference}\" data-testid=\"second-review-link\"", page);
        Assert.Contains($"data-testid=\"second-review-proposer\">{proposer.Email}<", page);
        Assert.Contains("Another application already exists for you.", page);
        Assert.Contains("data-testid=\"office-nav-second-review\"", page);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Correction_ReopensOnlyTheNamedSteps_MailsThemWithTheDeadline_AndResubmissionReturnsToTheQueue()
    {
        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var applicant = await fixture.InReviewAsync(5, "en", reviewer);

        var result = await fixture.DecideAsync(reviewer, StaffRole.Reviewer, await fixture.ApplicationOfAsync(5), new DecisionInput
        {
            Kind = DecisionKind.RequestCorrection,
            Reasons = [DecisionReason.ProofOfAddressMismatch],
            Steps = [ApplicationStep.Documents],
        });

        Assert.Equal(new DecisionResult(DecisionStatus.Decided, ApplicationStatus.CorrectionRequested), result);
        var mail = await fixture.DecisionMailAsync(5);
        Assert.Equal("Your application needs a correction – CEC", mail.Subject);
        Assert.Contains("The proof of address does not match the address you entered.", mail.Text);
        Assert.Contains("• Documents", mail.Text);
        Assert.DoesNotContain("Address abroad and phone", mail.Text);
        Assert.Contains("Deadline: 30.06.2027 23:59 (Kosovo time)", mail.Text);
        var overview = BrowserSession.Normalize(await applicant.GetPageAsync("/apply?culture=en"));
        Assert.Contains("href=\"/apply/documents\" data-testid=\"correction-step\"", overview);
        Assert.DoesNotContain("href=\"/apply/address\" data-testid=\"correction-step\"", overview);
        Assert.Contains("data-testid=\"address-refused\"", await applicant.GetPageAsync("/apply/address?culture=en"));
        Assert.Contains("data-testid=\"return-method-refused\"", await applicant.GetPageAsync("/apply/return-method?culture=en"));
        var check = BrowserSession.Normalize(await applicant.GetPageAsync("/apply/check?culture=en"));
        Assert.Matches("href=\"/apply/documents/[a-z-]+\" data-testid=\"change-documents\"", check); // each photo's own page
        Assert.DoesNotContain("data-testid=\"change-address\"", check);
        Assert.DoesNotContain("data-testid=\"change-email\"", check);
        Assert.DoesNotContain("data-testid=\"change-selfie\"", check);
        var application = await fixture.ApplicationOfAsync(5);
        var self = new ApplicantIdentity("test", application.PersonalNumber, application.ElectionId);
        var selfie = await fixture.Host.Get<CaptureDocument>().HandleAsync(new CaptureCommand(self, DocumentKind.Selfie, DocumentSubtype.None, new byte[] { 0xFF, 0xD8 }));
        Assert.Equal(CaptureRefusal.NotEditable, selfie.Refusal);

        var resubmitted = await applicant.SubmitAsync("/apply/declaration", "declaration", new Dictionary<string, string> { ["Accepted"] = "true" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, resubmitted.StatusCode);
        application = await fixture.ApplicationOfAsync(5);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        var audit = await fixture.AuditOfAsync(application.Id);
        Assert.Contains(audit, e => e.Action == AuditActions.Staff.CorrectionRequested && e.Details.Contains("steps=Documents", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditActions.Applicant.ApplicationResubmitted);
        Assert.Single(audit, e => e.Action == AuditActions.Applicant.ApplicationSubmitted);
    }

    [Fact]
    public async Task TwoDecisionsAtOnce_ApplyOnce()
    {
        var reviewer = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var applicant = await fixture.InReviewAsync(6, "en", reviewer);
        var seen = await fixture.ApplicationOfAsync(6);
        var outbox = await fixture.OutboxCountAsync();

        var results = await Task.WhenAll(
            Task.Run(() => fixture.DecideAsync(reviewer, StaffRole.Reviewer, seen, new DecisionInput { Kind = DecisionKind.Approve })),
            Task.Run(() => fixture.DecideAsync(reviewer, StaffRole.Reviewer, seen, new DecisionInput
            {
                Kind = DecisionKind.RequestCorrection,
                Reasons = [DecisionReason.FaceNotVisible],
                Steps = [ApplicationStep.Selfie],
            })));

        Assert.Single(results, r => r.Status == DecisionStatus.Decided);
        Assert.Single(results, r => r.Status == DecisionStatus.ChangedMeanwhile);
        Assert.Equal(outbox + 1, await fixture.OutboxCountAsync());
        var decisions = (await fixture.AuditOfAsync(seen.Id)).Where(e => e.Action is AuditActions.Staff.ApplicationApproved or AuditActions.Staff.CorrectionRequested);
        Assert.Single(decisions);
    }

    [Fact]
    public async Task Decision_WithoutTheLease_OrOnAChangedApplication_IsRefused()
    {
        var holder = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        var other = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        using var applicant = await fixture.InReviewAsync(7, "en", holder);
        var seen = await fixture.ApplicationOfAsync(7);
        var approve = new DecisionInput { Kind = DecisionKind.Approve };

        Assert.Equal(DecisionStatus.NotYourLease, (await fixture.DecideAsync(other, StaffRole.Reviewer, seen, approve)).Status);
        await fixture.ChangeAsync(7, (a, now) => a.Reassign(holder.Id, now.AddMinutes(15), now));
        Assert.Equal(DecisionStatus.ChangedMeanwhile, (await fixture.DecideAsync(holder, StaffRole.Reviewer, seen, approve)).Status);
        var reassigned = await fixture.ApplicationOfAsync(7);
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(DecisionStatus.NotYourLease, (await fixture.DecideAsync(holder, StaffRole.Reviewer, reassigned, approve)).Status);
        Assert.Equal(DecisionStatus.Invalid, (await fixture.DecideAsync(holder, StaffRole.Reviewer, reassigned, new DecisionInput { Kind = DecisionKind.Reject })).Status);

        var after = await fixture.ApplicationOfAsync(7);
        Assert.Equal(ApplicationStatus.InReview, after.Status);
        Assert.Null(after.ReceiptCode);
        Assert.DoesNotContain(await fixture.AuditOfAsync(after.Id), e => e.Action == AuditActions.Staff.ApplicationApproved);
    }
}

public sealed class DecisionTestsOnSqlite(SqliteDecisionHost fixture) : DecisionTests(fixture), IClassFixture<SqliteDecisionHost>;

public sealed class DecisionTestsOnPostgres(PostgresDecisionHost fixture) : DecisionTests(fixture), IClassFixture<PostgresDecisionHost>;
