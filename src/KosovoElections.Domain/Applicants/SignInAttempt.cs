namespace KosovoElections.Domain.Applicants;

public enum SignInOutcome
{
    /// <summary>No match, or not yet decided: a new attempt is recorded as failed until it succeeds, so parallel guesses count.</summary>
    Failed,
    Succeeded,

    /// <summary>Refused by the throttle before the registry was consulted; not counted against the person.</summary>
    Throttled,
}

/// <summary>One try at the applicant sign-in, kept for throttling across server instances and restarts.</summary>
public sealed class SignInAttempt
{
    public SignInAttempt(string personalNumber, string clientAddress, DateTime occurredAt)
    {
        PersonalNumber = personalNumber;
        ClientAddress = clientAddress;
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }

    /// <summary>What was typed (10 digits, validated before an attempt is recorded); not necessarily a real person.</summary>
    public string PersonalNumber { get; private set; }

    public string ClientAddress { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public SignInOutcome Outcome { get; private set; } = SignInOutcome.Failed;

    public void Succeed() => Outcome = SignInOutcome.Succeeded;

    public void Throttle() => Outcome = SignInOutcome.Throttled;
}
