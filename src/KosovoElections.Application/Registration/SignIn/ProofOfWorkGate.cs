using KosovoElections.Application.Common;
using KosovoElections.Domain.Applicants;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.SignIn;

/// <summary>
/// Failures against a number from other client addresses make every further attempt at it pay a proof of work before
/// its date is compared: the victim of a distributed guesser still gets in (their own address is never delayed by
/// others' failures), while each guess costs more the more guesses there have been. Consults only sign-in attempts,
/// never the registry, so a known and an unknown number are challenged alike.
/// </summary>
public sealed class ProofOfWorkGate(SignInChallenges challenges, SignInOptions options)
{
    /// <summary>Null when the attempt may go on to the date check; otherwise the challenge to answer it with.</summary>
    public async Task<SignInChallenge?> ChallengeAsync(IElectionsDb db, SignInAttempt attempt, ChallengeAnswer answer, CancellationToken cancellationToken)
    {
        var since = attempt.OccurredAt - options.FailureWindow;
        var fromElsewhere = await db.SignInAttempts.AsNoTracking()
            .CountAsync(a => a.PersonalNumber == attempt.PersonalNumber && a.ClientAddress != attempt.ClientAddress && a.Outcome == SignInOutcome.Failed && a.OccurredAt > since && a.OccurredAt <= attempt.OccurredAt, cancellationToken);
        if (fromElsewhere == 0)
        {
            return null;
        }

        var difficulty = SignInThrottle.ChallengeDifficulty(fromElsewhere, options);
        if (challenges.Solved(answer, attempt.PersonalNumber, attempt.ClientAddress, difficulty) is { } issuedWith
            && await RedeemAsync(db, issuedWith, attempt.PersonalNumber, cancellationToken))
        {
            return null;
        }

        // The row of this attempt becomes the challenge's: answering it deletes the row, which only one request can do.
        return challenges.Issue(attempt.Id, attempt.PersonalNumber, attempt.ClientAddress, difficulty);
    }

    private static async Task<bool> RedeemAsync(IElectionsDb db, long attemptId, string personalNumber, CancellationToken cancellationToken) =>
        await db.SignInAttempts
            .Where(a => a.Id == attemptId && a.PersonalNumber == personalNumber && a.Outcome == SignInOutcome.Throttled)
            .ExecuteDeleteAsync(cancellationToken) == 1;
}
