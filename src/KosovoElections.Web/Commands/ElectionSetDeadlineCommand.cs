using KosovoElections.Application.Administration.Elections;

namespace KosovoElections.Web.Commands;

internal sealed class ElectionSetDeadlineCommand : ICommand
{
    public string Name => "election set-deadline";

    public string Usage => "election set-deadline --closes ISO --reason R [--election ID]";

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "closes", "reason", "election" };

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var closes = arguments.RequiredInstant("closes");
        var reason = arguments.Required("reason");
        Guid? election = arguments.Optional("election") is { } id
            ? Guid.TryParse(id, out var parsed) ? parsed : throw new CommandException($"--election must be an election id; \"{id}\" is not.")
            : null;

        var outcome = await services.GetRequiredService<SetDeadline>().HandleAsync(new SetDeadlineCommand(closes, reason, "command-line", election));
        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.BadInput;
        }

        await output.WriteLineAsync($"The registration deadline is now {closes:O} UTC. Reason recorded in the audit log.");
        return ExitCodes.Ok;
    }
}
