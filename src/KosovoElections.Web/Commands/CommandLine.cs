namespace KosovoElections.Web.Commands;

/// <summary>The operator commands of SPEC §8. Each prints what it did and returns non-zero with a clear message on bad input.</summary>
internal static class CommandLine
{
    private static readonly IReadOnlyList<ICommand> Commands =
    [
        new MigrateCommand(),
        new RegistryImportCommand(),
        new ElectionCreateCommand(),
        new ElectionSetDeadlineCommand(),
        new ElectionAddMailboxCommand(),
        new ElectionAddMissionCommand(),
        new StaffCreateCommand(),
        new DemoSeedCommand(),
        new AuditVerifyCommand(),
    ];

    private static readonly HashSet<string> Verbs = ["migrate", "registry", "election", "staff", "demo", "audit", "retention", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var command = Commands.FirstOrDefault(c => c.Matches(args));
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command \"{string.Join(' ', args.Take(2))}\". Commands:");
            foreach (var c in Commands)
            {
                await error.WriteLineAsync("  " + c.Usage);
            }

            return ExitCodes.BadInput;
        }

        CommandArguments arguments;
        try
        {
            arguments = CommandArguments.Parse(args.Skip(command.Name.Split(' ').Length), command.Options);
        }
        catch (CommandException e)
        {
            await error.WriteLineAsync($"{e.Message}\nUsage: {command.Usage}");
            return ExitCodes.BadInput;
        }

        try
        {
            return await command.RunAsync(services, arguments, output, error);
        }
        catch (CommandException e)
        {
            await error.WriteLineAsync($"{e.Message}\nUsage: {command.Usage}");
            return ExitCodes.BadInput;
        }
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
}

/// <summary>A mistake in what the operator typed.</summary>
internal sealed class CommandException(string message) : Exception(message);

internal interface ICommand
{
    /// <summary>The words that name the command, e.g. "election create".</summary>
    string Name { get; }

    string Usage { get; }

    /// <summary>The --options it takes; everything else is positional.</summary>
    IReadOnlySet<string> Options { get; }

    bool Matches(string[] args)
    {
        var words = Name.Split(' ');
        return args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length));
    }

    Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error);
}
