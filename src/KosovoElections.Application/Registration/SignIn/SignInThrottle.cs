namespace KosovoElections.Application.Registration.SignIn;

/// <summary>
/// When the next attempt for a personal number from one client address may be made: free for the first three
/// failures, then a delay that doubles from 30 seconds; at the limit, only once the oldest failure leaves the rolling
/// window. Never permanent, and never caused by another address's failures: those cost a proof of work instead.
/// </summary>
public static class SignInThrottle
{
    private const int FreeFailures = 3;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);

    public static TimeSpan DelayAfter(int failures) =>
        failures < FreeFailures ? TimeSpan.Zero : FirstDelay * Math.Pow(2, Math.Min(failures - FreeFailures, 10));

    /// <summary>The earliest instant the next attempt is allowed, given the failures inside the window (oldest first).</summary>
    public static DateTime NextAllowed(IReadOnlyList<DateTime> failuresInWindow, SignInOptions options)
    {
        if (failuresInWindow.Count == 0)
        {
            return DateTime.MinValue;
        }

        if (failuresInWindow.Count >= options.MaxFailuresPerNumber)
        {
            // The window has room again when enough of the oldest failures have aged out of it.
            return failuresInWindow[failuresInWindow.Count - options.MaxFailuresPerNumber] + options.FailureWindow;
        }

        return failuresInWindow[^1] + DelayAfter(failuresInWindow.Count);
    }

    /// <summary>The proof of work asked for after this many failures against the number from other addresses (at least one).</summary>
    public static int ChallengeDifficulty(int failuresFromElsewhere, SignInOptions options) =>
        Math.Min(options.ChallengeMaxDifficulty, options.ChallengeBaseDifficulty + ((failuresFromElsewhere - 1) / Math.Max(1, options.FailuresPerExtraBit)));
}
