using System.Globalization;

namespace KosovoElections.Benchmarks.Dashboard;

/// <param name="Rows">Sent applications seeded (the back office's seed), with <paramref name="AuditPerApplication"/> other audit rows each besides its decision.</param>
/// <param name="Iterations">Timed dashboards, after <paramref name="Warmup"/> untimed ones.</param>
public sealed record DashboardOptions(int Rows, int AuditPerApplication, int Warmup, int Iterations)
{
    public static DashboardOptions Parse(string[] args)
    {
        var options = new DashboardOptions(100_000, 10, 10, 100);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--audit-per-application" => options with { AuditPerApplication = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
