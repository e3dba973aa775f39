using KosovoElections.Application.Audit;

namespace KosovoElections.Web.Commands;

internal sealed class AuditVerifyCommand : ICommand
{
    public string Name => "audit verify";

    public string Usage => "audit verify";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var result = await services.GetRequiredService<VerifyAuditChain>().HandleAsync();
        if (result.Break is { } broken)
        {
            await error.WriteLineAsync($"The audit log is broken at event {broken.EventId}: {broken.Problem}. {result.RowsChecked} row(s) checked.");
            return ExitCodes.Failed;
        }

        await output.WriteLineAsync($"The audit log is intact: {result.RowsChecked} event(s) verified.");
        return ExitCodes.Ok;
    }
}
