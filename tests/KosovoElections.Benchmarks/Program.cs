using KosovoElections.Benchmarks.BackOffice;
using KosovoElections.Benchmarks.Dashboard;
using KosovoElections.Benchmarks.Exports;
using KosovoElections.Benchmarks.Images;
using KosovoElections.Benchmarks.Mail;
using KosovoElections.Benchmarks.Registry;
using KosovoElections.Benchmarks.SignIn;
using KosovoElections.Benchmarks.Statistics;
using KosovoElections.Benchmarks.Wizard;

// Load scenarios run as plain console commands (see docs/performance.md); BenchmarkDotNet suits micro-benchmarks.
switch (args.FirstOrDefault())
{
    case "registry-import":
        await RegistryImportScenario.RunAsync(RegistryImportOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "signin-lookup":
        await SignInLookupScenario.RunAsync(SignInLookupOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "images":
        await ImagePipelineScenario.RunAsync(ImagePipelineOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "image-libraries":
        ImageLibrariesScenario.Run(ImageLibrariesOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "application":
        await ApplicationScenario.RunAsync(ApplicationOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "mail-dispatch":
        await MailDispatchScenario.RunAsync(MailDispatchOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "review":
        await BackOfficeScenario.RunAsync(BackOfficeOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "exports":
        await ExportsScenario.RunAsync(ExportsOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "statistics-http":
        await StatisticsHttpScenario.RunAsync(StatisticsHttpOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    case "dashboard":
        await DashboardScenario.RunAsync(DashboardOptions.Parse(args.Skip(1).ToArray()));
        return 0;
    default:
        Console.Error.WriteLine("usage: registry-import [--rows 2000000] [--repeat 3] [--read-only-repeat 5] [--no-sqlite]");
        Console.Error.WriteLine("       signin-lookup [--rows 2000000] [--attempts 5000] [--warmup 500] [--callers 16]");
        Console.Error.WriteLine("       images [--iterations 200] [--baseline-runs 31] [--concurrent 8]");
        Console.Error.WriteLine("       image-libraries [--rounds 5] [--iterations 40] [--baseline-runs 11]");
        Console.Error.WriteLine("       application [--rows 100000] [--warmup 30] [--alone 50] [--applications 1000] [--concurrent 50] [--max-minutes 10]");
        Console.Error.WriteLine("       mail-dispatch [--messages 1000] [--rounds 5]");
        Console.Error.WriteLine("       review [--rows 100000] [--warmup 30] [--iterations 300] [--reviewers 8] [--rounds 40]");
        Console.Error.WriteLine("       exports [--sizes 1000,10000,100000] [--repeat 3] [--statistics-calls 10000]");
        Console.Error.WriteLine("       statistics-http [--voters 100000] [--requests 2000]");
        Console.Error.WriteLine("       dashboard [--rows 100000] [--audit-per-application 10] [--warmup 10] [--iterations 100]");
        return 2;
}
