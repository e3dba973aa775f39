using KosovoElections.Application.Audit;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Audit;

namespace KosovoElections.Web.Commands;

internal sealed class RegistryImportCommand : ICommand
{
    public string Name => "registry import";

    public string Usage => "registry import <file.csv>";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Single("CSV file");
        if (!File.Exists(path))
        {
            throw new CommandException($"There is no file \"{path}\".");
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var report = await services.GetRequiredService<IRegistryImporter>().ImportAsync(file);
        foreach (var row in report.Rejected)
        {
            await error.WriteLineAsync($"line {row.Line}: {EnglishText.Of(row.Reason)}");
        }

        if (report.RejectedCount > report.Rejected.Count)
        {
            await error.WriteLineAsync($"… and {report.RejectedCount - report.Rejected.Count} more rejected rows.");
        }

        await output.WriteLineAsync($"Read {report.RowsRead} rows: {report.RowsImported} imported, {report.RejectedCount} rejected.");
        foreach (var (stage, elapsed) in report.Stages)
        {
            await output.WriteLineAsync($"  {stage}: {elapsed.TotalSeconds:F2} s");
        }

        await services.GetRequiredService<IAuditLog>().AppendAsync(new AuditEntry(
            ActorKind.System, "registry-import", AuditActions.System.RegistryImported, Details: $"file={Path.GetFileName(path)} read={report.RowsRead} imported={report.RowsImported} rejected={report.RejectedCount}"));
        return report.RowsRead == 0 && report.RejectedCount > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
