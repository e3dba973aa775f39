using System.Globalization;

namespace KosovoElections.Benchmarks.BackOffice;

/// <param name="Rows">Submitted applications seeded (one per registered person), with four document rows each.</param>
/// <param name="Iterations">Timed calls of each use case, after <paramref name="Warmup"/> untimed ones.</param>
/// <param name="Reviewers">Reviewers pressing "Review next" at once in the concurrent run, <paramref name="Rounds"/> claims and approvals each.</param>
public sealed record BackOfficeOptions(int Rows, int Warmup, int Iterations, int Reviewers, int Rounds)
{
    public static BackOfficeOptions Parse(string[] args)
    {
        var options = new BackOfficeOptions(100_000, 30, 300, 8, 40);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--reviewers" => options with { Reviewers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
