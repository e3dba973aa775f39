using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.Web.Commands;

internal sealed class MigrateCommand : ICommand
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public bool NeedsCurrentSchema => false;

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await output.WriteLineAsync(applied.Count == 0
            ? "The database is up to date; no migration was pending."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return ExitCodes.Ok;
    }
}
