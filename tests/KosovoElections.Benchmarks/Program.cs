using KosovoElections.Benchmarks.Registry;

// Load scenarios run as plain console commands (see docs/performance.md); BenchmarkDotNet suits micro-benchmarks.
switch (args.FirstOrDefault())
{
    case "registry-import":
        await RegistryImportScenario.RunAsync(RegistryImportOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    default:
        Console.Error.WriteLine("usage: registry-import [--rows 2000000] [--repeat 3] [--no-sqlite]");
        return 2;
}
