using KosovoElections.Application.Administration.Staff;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Web.Commands;

internal sealed class StaffCreateCommand : ICommand
{
    public string Name => "staff create";

    public string Usage => "staff create --email E --role Admin|Supervisor|Reviewer|DataEntry --password P";

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "email", "role", "password" };

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var command = new CreateStaffMemberCommand(arguments.Required("email"), arguments.RequiredEnum<StaffRole>("role"), arguments.Required("password"), "command-line");
        var outcome = await services.GetRequiredService<CreateStaffMember>().HandleAsync(command);
        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.BadInput;
        }

        await output.WriteLineAsync($"Created {outcome.Value!.Role} {outcome.Value.Email} ({outcome.Value.Id}). A second factor is enrolled at first sign-in.");
        return ExitCodes.Ok;
    }
}
