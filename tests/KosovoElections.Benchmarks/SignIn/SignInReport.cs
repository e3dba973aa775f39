using KosovoElections.Benchmarks.Common;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>Prints the figures docs/performance.md quotes.</summary>
internal static class SignInReport
{
    private const double TargetMilliseconds = 5;

    public static void Sequential(SignInProbes probes, StatementTimings statements)
    {
        Console.WriteLine();
        Console.WriteLine("One call in flight, interleaved (milliseconds):");
        Console.WriteLine($"  (a) bare PK SELECT, Npgsql     {probes.Bare.Describe()}");
        Console.WriteLine($"  (b) registry lookup, EF Core   {probes.Lookup.Describe()}");
        Console.WriteLine($"  (c) whole SignInApplicant      {probes.SignIn.Describe()}");
        var baseline = probes.Bare.Percentile(0.99);
        Console.WriteLine($"  p99(b)/p99(a) {probes.Lookup.Percentile(0.99) / baseline:F2}x   p99(c)/p99(a) {probes.SignIn.Percentile(0.99) / baseline:F2}x");
        Console.WriteLine($"  lookup p99 under {TargetMilliseconds} ms: {Verdict(probes.Lookup)}; whole sign-in p99 under {TargetMilliseconds} ms: {Verdict(probes.SignIn)}");
        Console.WriteLine($"  outcomes of (c): {string.Join(", ", probes.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Statements(statements, probes.SignIn);
    }

    public static void Concurrent(int callers, double perSecond, int errors, Latencies latencies, StatementTimings statements)
    {
        Console.WriteLine();
        Console.WriteLine($"(c) from {callers} concurrent callers: {perSecond:F0} sign-ins/s; {latencies.Describe()}; {errors} threw");
        Statements(statements, latencies);
    }

    /// <summary>Each SQL statement of (c) as EF Core timed it, and how much of (c) the database round trips are.</summary>
    private static void Statements(StatementTimings statements, Latencies signIns)
    {
        Console.WriteLine("  statements inside (c), per attempt and in milliseconds:");
        double sql = 0;
        foreach (var (shape, latencies) in statements.ByShape.OrderByDescending(s => s.Value.Total))
        {
            sql += latencies.Total;
            Console.WriteLine($"    {latencies.Count / (double)signIns.Count,4:F2}x  p50 {latencies.Percentile(0.5),6:F2}  p99 {latencies.Percentile(0.99),6:F2}  total {latencies.Total,8:F0}  {shape}");
        }

        foreach (var (shape, count) in statements.Failures)
        {
            Console.WriteLine($"    failed {count} times: {shape}");
        }

        Console.WriteLine($"  SQL statements are {sql / signIns.Total:P0} of the time in (c); the rest is EF Core, connections and the use case.");
    }

    private static string Verdict(Latencies latencies) => latencies.Percentile(0.99) < TargetMilliseconds ? "yes" : "NO";
}
