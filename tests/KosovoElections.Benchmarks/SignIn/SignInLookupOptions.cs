using System.Globalization;

namespace KosovoElections.Benchmarks.SignIn;

/// <param name="Callers">Concurrent callers for the throughput run of the whole sign-in; 0 skips it.</param>
public sealed record SignInLookupOptions(int Rows, int Attempts, int Warmup, int Callers)
{
    public static SignInLookupOptions Parse(string[] args)
    {
        var options = new SignInLookupOptions(2_000_000, 5_000, 500, 16);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--attempts" => options with { Attempts = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--callers" => options with { Callers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
