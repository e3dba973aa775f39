namespace KosovoElections.Application.Registration.SignIn;

/// <summary>
/// The "SignIn" configuration section: the throttle of SPEC §7, the fixed response time, and the proof of work that
/// failures from other addresses demand (docs/decisions/0011-sign-in-proof-of-work.md).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Every answer waits until this much time has passed since the request began, whatever the outcome.</summary>
    public TimeSpan MinimumResponseTime { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>
    /// Failures allowed per personal number <em>from one client address</em> in <see cref="FailureWindow"/> (free for three,
    /// then 30 s doubling). Counted per pair, so nobody's failures delay the owner of the number at their own address.
    /// </summary>
    public int MaxFailuresPerNumber { get; set; } = 10;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failed attempts one client address may make, across all numbers, per <see cref="AddressWindow"/>.</summary>
    public int AddressFailureBudget { get; set; } = 30;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Leading zero bits of SHA-256 asked for once a number has failures from other addresses in <see cref="FailureWindow"/>.
    /// 14 bits is about 16 000 hashes: a quarter of a second on a mid-range phone's crypto.subtle, well under one second.
    /// </summary>
    public int ChallengeBaseDifficulty { get; set; } = 14;

    /// <summary>One more bit (twice the work) for every so many failures from other addresses.</summary>
    public int FailuresPerExtraBit { get; set; } = 2;

    /// <summary>
    /// The cap: 20 bits is about a million hashes, some 10 s on a mid-range phone and 30 s on a slow one. Higher would only
    /// hurt the victim: a native attacker pays a twentieth of a second either way, and the budgets above bound the guesses.
    /// </summary>
    public int ChallengeMaxDifficulty { get; set; } = 20;

    /// <summary>How long an issued challenge may be answered (a slow phone at the cap needs well under this).</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
