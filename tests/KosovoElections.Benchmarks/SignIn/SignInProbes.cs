using System.Diagnostics;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Benchmarks.Common;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>
/// The three measurements, taken in rounds of one call each with the order rotated every round, so that the
/// machine's noise (other builders, autovacuum, GC) falls on all three alike. One call is in flight at a time.
/// </summary>
internal sealed class SignInProbes(BareLookup bare, RegistryLookup lookup, SignInApplicant signIn, StatementTimings statements)
{
    public Latencies Bare { get; } = new();

    public Latencies Lookup { get; } = new();

    public Latencies SignIn { get; } = new();

    public Dictionary<SignInStatus, int> Outcomes { get; } = [];

    /// <summary>One round; <paramref name="record"/> is false while warming up.</summary>
    public async Task RoundAsync(int round, string bareNumber, string lookupNumber, SignInCommand command, bool record)
    {
        for (var step = 0; step < 3; step++)
        {
            var started = Stopwatch.GetTimestamp();
            switch ((round + step) % 3)
            {
                case 0:
                    Require(await bare.FindAsync(bareNumber), bareNumber);
                    (record ? Bare : null)?.RecordSince(started);
                    break;
                case 1:
                    Require(await lookup.FindAsync(lookupNumber), lookupNumber);
                    (record ? Lookup : null)?.RecordSince(started);
                    break;
                default:
                    statements.Recording = record;
                    var result = await signIn.HandleAsync(command);
                    statements.Recording = false;
                    if (record)
                    {
                        SignIn.RecordSince(started);
                        Outcomes[result.Status] = Outcomes.GetValueOrDefault(result.Status) + 1;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The whole sign-in from <paramref name="callers"/> concurrent callers; returns sign-ins per second and how many
    /// attempts threw (timed all the same: a caller waited that long for an error page).
    /// </summary>
    public async Task<(double PerSecond, int Errors)> ConcurrentAsync(IReadOnlyList<SignInCommand> commands, int callers, Latencies latencies)
    {
        var next = -1;
        var errors = 0;
        statements.Clear();
        statements.Recording = true;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < commands.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await signIn.HandleAsync(commands[i]);
                }
                catch (DbUpdateException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.RecordSince(started);
            }
        })));
        statements.Recording = false;
        return (commands.Count / wall.Elapsed.TotalSeconds, errors);
    }

    // A miss would mean the sample and the registry disagree, and the figure would time an empty lookup.
    private static void Require(bool found, string personalNumber)
    {
        if (!found)
        {
            throw new InvalidOperationException($"{personalNumber} should be in the registry.");
        }
    }
}
