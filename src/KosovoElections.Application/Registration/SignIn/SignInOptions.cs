namespace KosovoElections.Application.Registration.SignIn;

/// <summary>The "SignIn" configuration section: the throttle of SPEC §7 and the fixed response time.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Every answer waits until this much time has passed since the request began, whatever the outcome.</summary>
    public TimeSpan MinimumResponseTime { get; set; } = TimeSpan.FromMilliseconds(600);

    public int MaxFailuresPerNumber { get; set; } = 10;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failed attempts one client address may make, across all numbers, per <see cref="AddressWindow"/>.</summary>
    public int AddressFailureBudget { get; set; } = 30;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromHours(1);
}
