using System.Globalization;

namespace KosovoElections.Benchmarks.Registry;

/// <param name="Repeat">Imports and re-imports with each CSV parser (and runs of the baseline).</param>
/// <param name="ReadOnlyRepeat">Read-and-validate passes with each CSV parser, no database.</param>
public sealed record RegistryImportOptions(int Rows, int Repeat, int ReadOnlyRepeat, bool Sqlite)
{
    public static RegistryImportOptions Parse(string[] args)
    {
        var options = new RegistryImportOptions(2_000_000, 3, 5, true);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--repeat" => options with { Repeat = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--read-only-repeat" => options with { ReadOnlyRepeat = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-sqlite" => options with { Sqlite = false },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
