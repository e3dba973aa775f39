using KosovoElections.Application.Registry.Upload;
using Microsoft.Extensions.Hosting;

namespace KosovoElections.Infrastructure.Scheduling;

/// <summary>Runs the uploaded registry files this server accepted, one after the other, off the request that uploaded them.</summary>
public sealed class RegistryImportService(RegistryImportQueue queue, RunRegistryImport run) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var import in queue.ReadAllAsync(stoppingToken))
        {
            await run.HandleAsync(import, stoppingToken);
        }
    }
}
