using KosovoElections.Application.Administration.Elections;

namespace KosovoElections.Web.Commands;

internal sealed class ElectionAddMissionCommand : ICommand
{
    public string Name => "election add-mission";

    public string Usage => "election add-mission --name N --country XX --city C --capacity N";

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "name", "country", "city", "capacity" };

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var command = new AddMissionCommand(
            arguments.Required("name").Trim(),
            arguments.Required("country").Trim(),
            arguments.Required("city").Trim(),
            arguments.RequiredInt("capacity"),
            "command-line");
        var outcome = await services.GetRequiredService<AddMission>().HandleAsync(command);
        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.BadInput;
        }

        var m = outcome.Value!.Mission;
        await output.WriteLineAsync($"Added the mission \"{m.Name}\" in {m.City}, {m.CountryCode} ({m.Id}) with {m.Capacity} places to \"{outcome.Value.ElectionName}\".");
        return ExitCodes.Ok;
    }
}
