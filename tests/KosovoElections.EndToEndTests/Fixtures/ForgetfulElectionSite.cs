using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// An <see cref="OpenElectionSite"/> whose server keeps a disconnected page's circuit for one second instead of three
/// minutes, as if the connection had stayed down for longer than a production server waits for it; only the framework's
/// <see cref="CircuitOptions"/> differ, not the app. The circuit's state is persisted when it is let go, as .NET 10 does.
/// <see cref="NextForgottenCircuitAsync"/> tells a test when the server has let a circuit go, so that it never guesses
/// with a sleep.
/// </summary>
public class ForgetfulElectionSite : OpenElectionSite
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _forgotten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the server next discards a circuit; ask before cutting the connection.</summary>
    public Task NextForgottenCircuitAsync()
    {
        lock (_gate)
        {
            _forgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _forgotten.Task;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.Configure<CircuitOptions>(o =>
        {
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(1);
            ConfigureCircuits(o);
        });
        services.AddScoped<CircuitHandler>(_ => new ForgottenCircuits(this));
    }

    protected virtual void ConfigureCircuits(CircuitOptions options)
    {
    }

    private void Forgotten()
    {
        lock (_gate)
        {
            _forgotten.TrySetResult();
        }
    }

    /// <summary>One per circuit, as the framework creates circuit handlers in the circuit's scope.</summary>
    private sealed class ForgottenCircuits(ForgetfulElectionSite site) : CircuitHandler
    {
        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            site.Forgotten();
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// A <see cref="ForgetfulElectionSite"/> that keeps nothing of a page it let go, as after a restart of a server with
/// no shared cache: the page cannot be resumed and must be loaded again.
/// </summary>
public sealed class RestartedElectionSite : ForgetfulElectionSite
{
    protected override void ConfigureCircuits(CircuitOptions options) => options.PersistedCircuitInMemoryMaxRetained = 0;
}
