using KosovoElections.Infrastructure.Demo;

namespace KosovoElections.Web.Commands;

internal sealed class DemoSeedCommand : ICommand
{
    public string Name => "demo seed";

    public string Usage => "demo seed";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var seed = await services.GetRequiredService<DemoSeeder>().SeedAsync();
        DemoSeeder.Print(seed, output, EnglishText.Of);
        return ExitCodes.Ok;
    }
}
