using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration;

/// <summary>What the signed-in applicant sees of their own application: never anyone else's.</summary>
public sealed record MyApplication(Guid Id, string FirstName, string LastName, ElectionName ElectionName, DateTime ClosesAt, ApplicationStatus Status, ApplicationStep NextStep, string? ReferenceNumber, string? Email)
{
    /// <summary>Why a reviewer rejected the application or sent it back; empty otherwise.</summary>
    public IReadOnlyList<DecisionReason> Reasons { get; init; } = [];

    /// <summary>The reviewer's own words, when given.</summary>
    public string? ReasonText { get; init; }

    /// <summary>For a correction request, exactly the steps the reviewer re-opened; empty otherwise.</summary>
    public IReadOnlyList<ApplicationStep> CorrectionSteps { get; init; } = [];

    /// <summary>Every step in order with its state, for the task list.</summary>
    public IReadOnlyList<StepProgress> Steps { get; init; } = [];

    /// <summary>
    /// For a new draft that follows a rejection in this election, why the earlier application was rejected: signing in
    /// again starts the new draft at once, and the applicant must still be told what to do differently.
    /// </summary>
    public EarlierRejection? EarlierRejection { get; init; }

    /// <summary>True while the applicant may withdraw: a withdrawable status, something entered, and registration still open.</summary>
    public bool CanWithdraw { get; init; }

    /// <summary>True until the election's deadline; afterwards nothing can be changed, only read.</summary>
    public bool RegistrationOpen { get; init; }

    /// <summary>True while the applicant can still work on the steps: a draft or a correction, before the deadline.</summary>
    public bool Editable => RegistrationOpen && Status is ApplicationStatus.Draft or ApplicationStatus.CorrectionRequested;

    /// <summary>Whether the applicant may open <paramref name="step"/> to change it (<see cref="VoterApplication.MayChange"/>); checking the answers is always the way to send.</summary>
    public bool MayChange(ApplicationStep step) => Editable && (Status == ApplicationStatus.Draft || step == ApplicationStep.CheckAnswers || CorrectionSteps.Contains(step));

    /// <summary>A draft the deadline overtook: it was never submitted and will not be considered.</summary>
    public bool MissedDeadline => !RegistrationOpen && Status is ApplicationStatus.Draft;
}

/// <summary>The reasons of an earlier, rejected application of the same person in the same election.</summary>
public sealed record EarlierRejection(IReadOnlyList<DecisionReason> Reasons, string? ReasonText);

/// <summary>Where a step of the task list stands (GOV.UK task list: completed, to do, cannot start yet).</summary>
[ShownToPeople]
public enum StepState
{
    Completed,
    ToDo,
    CannotStartYet,
}

public sealed record StepProgress(ApplicationStep Step, StepState State);

public sealed class GetMyApplication(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>The live application, or else the latest one (a rejection or a withdrawal stays visible until a new draft replaces it).</summary>
    public async Task<MyApplication?> HandleAsync(ApplicantIdentity applicant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.AsNoTracking().LiveOf(applicant).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Applications.AsNoTracking()
                .Where(a => a.ElectionId == applicant.ElectionId && a.PersonalNumber == applicant.PersonalNumber)
                .OrderByDescending(a => a.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var person = await db.RegistryEntries.AsNoTracking().Where(p => p.PersonalNumber == applicant.PersonalNumber)
            .Select(p => new { p.FirstName, p.LastName }).SingleAsync(cancellationToken);
        var election = await db.Elections.AsNoTracking().Where(e => e.Id == applicant.ElectionId)
            .Select(e => new { e.Name, e.NameSr, e.NameEn, e.ClosesAt }).SingleAsync(cancellationToken);
        var captured = await db.DocumentsTakenAsync(application.Id, cancellationToken);
        var open = clock.GetUtcNow().UtcDateTime < election.ClosesAt;
        var earlier = application.Status != ApplicationStatus.Draft ? null
            : await db.Applications.AsNoTracking()
                .Where(a => a.ElectionId == applicant.ElectionId && a.PersonalNumber == applicant.PersonalNumber && a.Id != application.Id && a.Status == ApplicationStatus.Rejected)
                .OrderByDescending(a => a.DecidedAt).FirstOrDefaultAsync(cancellationToken);

        // A rejection waiting for its second review is not yet a decision: the applicant still reads "in review".
        var status = application.Status == ApplicationStatus.RejectionPending ? ApplicationStatus.InReview : application.Status;
        var pending = application.Status == ApplicationStatus.RejectionPending;
        return new MyApplication(application.Id, person.FirstName, person.LastName, new ElectionName(election.Name, election.NameSr, election.NameEn), election.ClosesAt, status, application.FirstUnfinishedStep(captured), application.ReferenceNumber, application.Email)
        {
            Reasons = pending ? [] : application.Reasons.ToList(),
            ReasonText = pending ? null : application.ReasonText,
            CorrectionSteps = application.CorrectionSteps.ToList(),
            Steps = Enum.GetValues<ApplicationStep>().Select(step => new StepProgress(step, StateOf(application, step, captured))).ToList(),

            // An empty draft has nothing to withdraw: signing out leaves it as harmless as withdrawing it.
            CanWithdraw = open && application.CanMoveTo(ApplicationStatus.Withdrawn)
                && (application.Status != ApplicationStatus.Draft || application.HasAnswers(captured)),
            RegistrationOpen = open,
            EarlierRejection = earlier is null ? null : new EarlierRejection(earlier.Reasons.ToList(), earlier.ReasonText),
        };
    }

    /// <summary>During a correction the steps the reviewer named are to do again and the others stay as they are.</summary>
    private static StepState StateOf(VoterApplication application, ApplicationStep step, DocumentsTaken captured) =>
        application.Status == ApplicationStatus.CorrectionRequested && application.CorrectionSteps.Contains(step) ? StepState.ToDo
        : application.HasDone(step, captured) ? StepState.Completed
        : application.CanStart(step, captured) ? StepState.ToDo
        : StepState.CannotStartYet;
}
