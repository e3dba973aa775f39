using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Registration.SignIn;

[ShownToPeople]
public enum SignInStatus
{
    /// <summary>Signed in: a session was opened (the applicant goes on to their application).</summary>
    [NotShownToPeople]
    SignedIn,

    /// <summary>The one generic answer for an unknown number, a wrong date and a throttled attempt alike.</summary>
    NotRecognised,

    /// <summary>The person matched but is under 18 on election day.</summary>
    UnderAge,

    /// <summary>The person matched but the registry entry is not active.</summary>
    NotActive,

    /// <summary>No election accepts applications now (nothing about the person is revealed).</summary>
    RegistrationNotOpen,
    RegistrationClosed,

    /// <summary>The number is contested: the browser must solve <see cref="SignInResult.Challenge"/> and post again (the date was not compared).</summary>
    [NotShownToPeople]
    ChallengeRequired,
}

/// <summary>The outcome of a sign-in; on success, the session to put in the cookie and where the applicant goes next.</summary>
public sealed record SignInResult(SignInStatus Status, string? SessionId = null, Guid? ApplicationId = null, ApplicationStatus? ApplicationStatus = null, ApplicationStep? NextStep = null)
{
    public SignInChallenge? Challenge { get; init; }

    public static SignInResult Refused(SignInStatus status) => new(status);

    public static SignInResult Challenged(SignInChallenge challenge) => new(SignInStatus.ChallengeRequired) { Challenge = challenge };
}
