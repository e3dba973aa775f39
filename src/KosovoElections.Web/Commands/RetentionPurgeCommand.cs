using System.Data.Common;
using KosovoElections.Application.Administration.Retention;

namespace KosovoElections.Web.Commands;

internal sealed class RetentionPurgeCommand : ICommand
{
    /// <summary>The audit log's actor for a purge run from the command line.</summary>
    public const string Actor = "command-line";

    public string Name => "retention purge";

    public string Usage => "retention purge";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        Application.Common.Outcome<ImagesPurged> outcome;
        try
        {
            outcome = await services.GetRequiredService<PurgeIdentityImages>().HandleAsync(PurgeIdentityImagesCommand.BySystem(Actor));
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The images deleted so far stay deleted and marked; a second run finishes the rest. An ArgumentException is a
            // reference of the other store (Documents:Store changed while images were kept): the operator's to resolve.
            await error.WriteLineAsync($"The retention purge stopped: {e.GetType().Name}: {e.Message} Run it again once the cause is fixed.");
            return ExitCodes.Failed;
        }

        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.Failed;
        }

        var purged = outcome.Value!;
        await output.WriteLineAsync(
            $"Deleted the images of {purged.Documents} document(s) of {purged.Applications} application(s) whose election day is more than {purged.ImageDays} day(s) past; their records and hashes are kept.");
        return ExitCodes.Ok;
    }
}
