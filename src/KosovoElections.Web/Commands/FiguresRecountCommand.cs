using System.Data.Common;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Web.Commands;

/// <summary>
/// Counts every election's figures again from its applications (docs/decisions/0020): after a restore or a change made
/// in the database by hand, which the saves that keep the figures never saw.
/// </summary>
internal sealed class FiguresRecountCommand : ICommand
{
    public string Name => "figures recount";

    public string Usage => "figures recount";

    public IReadOnlySet<string> Options { get; } = new HashSet<string>();

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var (elections, mended) = (0, 0);
        try
        {
            await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
            foreach (var election in await db.Elections.AsNoTracking().OrderBy(e => e.OpensAt).Select(e => e.Id).ToListAsync())
            {
                mended += await FigureRecount.RecountAsync(db, election);
                elections++;
            }
        }
        catch (DbException e)
        {
            // Each election is recounted in a transaction of its own: those done stay done, a second run does the rest.
            await error.WriteLineAsync($"The recount stopped after {elections} election(s): {e.Message} Run it again once the cause is fixed.");
            return ExitCodes.Failed;
        }

        await services.GetRequiredService<IAuditLog>().AppendAsync(new AuditEntry(
            ActorKind.System, RetentionPurgeCommand.Actor, "figures.recounted", Details: $"{elections} election(s), {mended} count(s) mended"));
        await output.WriteLineAsync($"Recounted the figures of {elections} election(s) from their applications: {mended} count(s) were wrong or missing and are mended.");
        return ExitCodes.Ok;
    }
}
