using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Web.Commands;

internal sealed class ElectionCreateCommand : ICommand
{
    public string Name => "election create";

    public string Usage => "election create --name N [--name-sr N] [--name-en N] --kind Local|Assembly|MayoralRunoff|Early --election-day YYYY-MM-DD --opens ISO --closes ISO";

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "name", "name-sr", "name-en", "kind", "election-day", "opens", "closes" };

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var command = new CreateElectionCommand(
            arguments.Required("name"),
            arguments.RequiredEnum<ElectionKind>("kind"),
            arguments.RequiredDate("election-day"),
            arguments.RequiredInstant("opens"),
            arguments.RequiredInstant("closes"),
            "command-line",
            arguments.Optional("name-sr"),
            arguments.Optional("name-en"));
        var outcome = await services.GetRequiredService<CreateElection>().HandleAsync(command);
        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.BadInput;
        }

        var e = outcome.Value!;
        await output.WriteLineAsync($"Created election \"{e.Name}\" ({e.Kind}) {e.Id}: registration {e.OpensAt:O} to {e.ClosesAt:O} UTC, election day {e.ElectionDay:yyyy-MM-dd}.");
        return ExitCodes.Ok;
    }
}
