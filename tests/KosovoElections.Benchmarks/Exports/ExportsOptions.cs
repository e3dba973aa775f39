using System.Globalization;

namespace KosovoElections.Benchmarks.Exports;

/// <param name="Sizes">Approved voters exported, smallest first; each size adds voters to the same election.</param>
/// <param name="Repeat">Exports timed at each size (the first is a warm-up on the smallest).</param>
/// <param name="StatisticsCalls">Calls of the public statistics served from the cache, after the one that counts.</param>
public sealed record ExportsOptions(IReadOnlyList<int> Sizes, int Repeat, int StatisticsCalls)
{
    public static ExportsOptions Parse(string[] args)
    {
        var options = new ExportsOptions([1_000, 10_000, 100_000], 3, 10_000);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order()] },
                "--repeat" => options with { Repeat = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--statistics-calls" => options with { StatisticsCalls = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
