using System.Data.Common;
using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.Persistence;

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
        new RetentionPurgeCommand(),
        new FiguresRecountCommand(),
    ];

    private static readonly HashSet<string> Verbs = ["migrate", "registry", "election", "staff", "demo", "audit", "retention", "figures", "help"];

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
            if (command.NeedsCurrentSchema && !await EnsureCurrentSchemaAsync(services, output, error))
            {
                return ExitCodes.Failed;
            }

            return await command.RunAsync(services, arguments, output, error);
        }
        catch (CommandException e)
        {
            await error.WriteLineAsync($"{e.Message}\nUsage: {command.Usage}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (SetupException.Find(e) is { } setup)
        {
            // A missing secret or an unmigrated database is the operator's to fix; the message says how, a stack trace would bury it.
            await error.WriteLineAsync(setup.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>Migrates first (Database:MigrateAtStartup) or refuses, so no command meets a missing table.</summary>
    private static async Task<bool> EnsureCurrentSchemaAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> applied;
        try
        {
            applied = await services.GetRequiredService<DatabaseMigrator>().EnsureCurrentAsync(services.GetRequiredService<DatabaseOptions>().MigrateAtStartup);
        }
        catch (DbException e)
        {
            await error.WriteLineAsync($"The database cannot be reached: {e.Message}");
            return false;
        }

        if (applied.Count > 0)
        {
            await output.WriteLineAsync($"Applied {applied.Count} pending migration(s) first (Database:MigrateAtStartup is on).");
        }

        return true;
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

    /// <summary>Whether the database must be migrated before the command runs; only `migrate` itself does without.</summary>
    bool NeedsCurrentSchema => true;

    bool Matches(string[] args)
    {
        var words = Name.Split(' ');
        return args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length));
    }

    Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error);
}
