using System.Globalization;

namespace KosovoElections.Benchmarks.Wizard;

/// <param name="Rows">People in the registry loaded first (sign-in is one primary-key lookup, so its size matters little).</param>
/// <param name="Alone">Applications timed one at a time, step by step, after <paramref name="Warmup"/> untimed ones.</param>
/// <param name="Applications">Applications in the concurrent run, shared by <paramref name="Concurrent"/> simulated applicants.</param>
/// <param name="MaxMinutes">The concurrent run starts no new application after this long.</param>
public sealed record ApplicationOptions(int Rows, int Warmup, int Alone, int Applications, int Concurrent, double MaxMinutes)
{
    public static ApplicationOptions Parse(string[] args)
    {
        var options = new ApplicationOptions(100_000, 30, 50, 1_000, 50, 10);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--alone" => options with { Alone = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--applications" => options with { Applications = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--concurrent" => options with { Concurrent = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--max-minutes" => options with { MaxMinutes = double.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
