using System.Security.Cryptography;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.SignIn;

/// <summary>The applicant's sign-in; <paramref name="Language"/> is the page's, kept on the application for the decision e-mails.</summary>
public sealed record SignInCommand(string PersonalNumber, DateOnly DateOfBirth, string ClientAddress, string Language = "sq");

/// <summary>
/// Personal number + date of birth against the civil registry (SPEC §4 step 2, §7). The match is only a claim of
/// identity; what it must not do is help anyone guess. An unknown number and a wrong date do the same work — one
/// indexed lookup and one constant-time comparison — and every answer waits out the same minimum response time.
/// Attempts are recorded before the lookup, so parallel guesses count against the limit too. Delays count per number
/// and client address; failures from other addresses cost a proof of work instead (<see cref="ProofOfWorkGate"/>).
/// </summary>
public sealed class SignInApplicant(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, SignInOptions options, ProofOfWorkGate proofOfWork, ElectionsMetrics metrics)
{
    // Compared against when the number is unknown, so that both paths run the same comparison.
    private static readonly DateOnly Decoy = new(1900, 1, 1);

    // The throttle's answer is the generic one; only the metrics tell it apart, by this instance.
    private static readonly SignInResult ThrottledAnswer = SignInResult.Refused(SignInStatus.NotRecognised);

    public Task<SignInResult> HandleAsync(SignInCommand command, CancellationToken cancellationToken = default) =>
        HandleAsync(command, ChallengeAnswer.None, cancellationToken);

    /// <param name="command">What was typed.</param>
    /// <param name="answer">The solved challenge the form posted back, if any (see <see cref="ProofOfWorkGate"/>).</param>
    /// <param name="cancellationToken">Cancels the work, never the fixed response time.</param>
    public async Task<SignInResult> HandleAsync(SignInCommand command, ChallengeAnswer answer, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        try
        {
            var result = await DecideAsync(command, answer, cancellationToken);
            metrics.SignInAnswered(result.Status, throttled: ReferenceEquals(result, ThrottledAnswer));
            return result;
        }
        finally
        {
            var remaining = options.MinimumResponseTime - clock.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, clock, CancellationToken.None);
            }
        }
    }

    private async Task<SignInResult> DecideAsync(SignInCommand command, ChallengeAnswer answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.Elections.AsNoTracking().Where(e => e.OpensAt <= now && now < e.ClosesAt).FirstOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now);

        // After the deadline, until election day, those who applied may still sign in to follow their application and
        // print the receipt (most decisions come after the deadline); nobody can start a new one.
        var closed = election is null
            ? await db.Elections.AsNoTracking().Where(e => e.ClosesAt <= now && e.ElectionDay >= today).OrderByDescending(e => e.ClosesAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (election is null && closed is null)
        {
            var upcoming = await db.Elections.AnyAsync(e => e.OpensAt > now, cancellationToken);
            return SignInResult.Refused(upcoming ? SignInStatus.RegistrationNotOpen : SignInStatus.RegistrationClosed);
        }

        election ??= closed!;

        var attempt = new SignInAttempt(command.PersonalNumber, command.ClientAddress, now);
        db.SignInAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);

        if (await IsThrottledAsync(db, attempt, cancellationToken))
        {
            attempt.Throttle();
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync(command, AuditActions.Applicant.SignInThrottled, cancellationToken);
            return ThrottledAnswer;
        }

        if (await proofOfWork.ChallengeAsync(db, attempt, answer, cancellationToken) is { } challenge)
        {
            // Answered before the registry is read, so nothing was compared and nothing counts against anyone.
            attempt.Throttle();
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync(command, AuditActions.Applicant.SignInChallenged, cancellationToken);
            return SignInResult.Challenged(challenge);
        }

        var person = await db.RegistryEntries.AsNoTracking()
            .Where(e => e.PersonalNumber == command.PersonalNumber)
            .Select(e => new { e.DateOfBirth, e.Status, e.MunicipalityId })
            .FirstOrDefaultAsync(cancellationToken);
        var matches = SameDate(person?.DateOfBirth ?? Decoy, command.DateOfBirth) && person is not null;
        if (!matches)
        {
            await AuditAsync(command, AuditActions.Applicant.SignInFailed, cancellationToken);
            return SignInResult.Refused(SignInStatus.NotRecognised);
        }

        attempt.Succeed();
        await db.SaveChangesAsync(cancellationToken);
        var eligibility = CivilRegistryEntry.EligibilityFor(person!.Status, person.DateOfBirth, election.ElectionDay) switch
        {
            Eligibility.NotActive => SignInStatus.NotActive,
            Eligibility.UnderAge => SignInStatus.UnderAge,
            _ => SignInStatus.SignedIn,
        };
        if (eligibility != SignInStatus.SignedIn)
        {
            await AuditAsync(command, AuditActions.Applicant.SignInRefused, cancellationToken, eligibility.ToString());
            return SignInResult.Refused(eligibility);
        }

        var application = closed is null
            ? await OpenApplicationAsync(db, election, command.PersonalNumber, person.MunicipalityId, now, cancellationToken)
            : await LiveApplicationAsync(db, election.Id, command.PersonalNumber, cancellationToken);
        if (application is null)
        {
            await AuditAsync(command, AuditActions.Applicant.SignInClosed, cancellationToken);
            return SignInResult.Refused(SignInStatus.RegistrationClosed);
        }

        var session = new ApplicantSession(command.PersonalNumber, election.Id, now);
        db.ApplicantSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        if (application.Language != command.Language)
        {
            // Set apart from the aggregate's save: the language is not what the concurrency token guards, so a reviewer
            // deciding at this very moment neither fails this sign-in nor is failed by it.
            var language = VoterApplication.CheckedLanguage(command.Language);
            await db.Applications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Language, language), cancellationToken);
        }
        var captured = await db.DocumentsTakenAsync(application.Id, cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.PersonalNumber), AuditActions.Applicant.SignInSucceeded, application.Id), cancellationToken);
        return new SignInResult(SignInStatus.SignedIn, session.Id, application.Id, application.Status, application.FirstUnfinishedStep(captured));
    }

    private async Task<bool> IsThrottledAsync(IElectionsDb db, SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var since = attempt.OccurredAt - options.FailureWindow;
        var failures = await db.SignInAttempts.AsNoTracking()
            .Where(a => a.PersonalNumber == attempt.PersonalNumber && a.ClientAddress == attempt.ClientAddress && a.Outcome == SignInOutcome.Failed && a.OccurredAt > since && a.OccurredAt <= attempt.OccurredAt && a.Id < attempt.Id)
            .OrderBy(a => a.OccurredAt)
            .Select(a => a.OccurredAt)
            .ToListAsync(cancellationToken);
        if (attempt.OccurredAt < SignInThrottle.NextAllowed(failures, options))
        {
            return true;
        }

        var addressSince = attempt.OccurredAt - options.AddressWindow;
        var addressFailures = await db.SignInAttempts.AsNoTracking()
            .CountAsync(a => a.ClientAddress == attempt.ClientAddress && a.Outcome == SignInOutcome.Failed && a.OccurredAt > addressSince && a.OccurredAt <= attempt.OccurredAt && a.Id < attempt.Id, cancellationToken);
        return addressFailures >= options.AddressFailureBudget;
    }

    /// <summary>Resumes the live application for this election, or starts a draft.</summary>
    private static async Task<VoterApplication> OpenApplicationAsync(IElectionsDb db, Election election, string personalNumber, int municipalityId, DateTime now, CancellationToken cancellationToken)
    {
        var live = await LiveApplicationAsync(db, election.Id, personalNumber, cancellationToken);
        if (live is not null)
        {
            return live;
        }

        var draft = VoterApplication.Start(election.Id, personalNumber, ApplicationChannel.Online, now, municipalityId);
        db.Applications.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return draft;
        }
        catch (DbUpdateException)
        {
            // Signed in twice at the same moment: the other request's draft won the unique index; resume that one.
            db.Applications.Entry(draft).State = EntityState.Detached;
            return await LiveApplicationAsync(db, election.Id, personalNumber, cancellationToken)
                ?? throw new InvalidOperationException("The application could not be created.");
        }
    }

    private static Task<VoterApplication?> LiveApplicationAsync(IElectionsDb db, Guid electionId, string personalNumber, CancellationToken cancellationToken) =>
        db.Applications.LiveOf(electionId, personalNumber).FirstOrDefaultAsync(cancellationToken);

    private static bool SameDate(DateOnly stored, DateOnly typed) =>
        CryptographicOperations.FixedTimeEquals(BitConverter.GetBytes(stored.DayNumber), BitConverter.GetBytes(typed.DayNumber));

    private Task AuditAsync(SignInCommand command, string action, CancellationToken cancellationToken, string details = "") =>
        audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(command.PersonalNumber), action, Details: details), cancellationToken);
}
