using System.Globalization;

namespace KosovoElections.Benchmarks.Images;

/// <param name="Rounds">Rounds of baseline, app and ImageSharp, in rotating order; medians and ranges are over rounds.</param>
/// <param name="Iterations">Images through each library per round, after five warm-up images.</param>
/// <param name="BaselineRuns">Runs of the command-line tools per round; the round's baseline is their median.</param>
public sealed record ImageLibrariesOptions(int Rounds, int Iterations, int BaselineRuns)
{
    public static ImageLibrariesOptions Parse(string[] args)
    {
        var options = new ImageLibrariesOptions(5, 40, 11);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--baseline-runs" => options with { BaselineRuns = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
