using System.Globalization;

namespace KosovoElections.Benchmarks.Images;

/// <param name="Iterations">Images through the pipeline and store, one at a time, after as many warm-up images; also the captures timed one at a time.</param>
/// <param name="BaselineRuns">Runs of the command-line baseline; the median is reported.</param>
/// <param name="Concurrent">Images (then captures) at once in the concurrency runs; each caller does <paramref name="Iterations"/> / 4.</param>
public sealed record ImagePipelineOptions(int Iterations, int BaselineRuns, int Concurrent)
{
    public static ImagePipelineOptions Parse(string[] args)
    {
        var options = new ImagePipelineOptions(200, 31, 8);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--baseline-runs" => options with { BaselineRuns = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--concurrent" => options with { Concurrent = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
