using System.Diagnostics.Metrics;
using KosovoElections.Application.Monitoring;
using KosovoElections.Infrastructure.Monitoring;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The site's metrics (<see cref="ElectionsMetrics"/>, the outbox and the open circuits) for Prometheus at
/// <see cref="Path"/>, answered only to <see cref="MetricsNetworks"/>; anyone else gets the site's ordinary 404, as if
/// nothing were there.
/// </summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void AddElectionsMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(MetricsNetworks.From(builder.Configuration));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kosovo-elections"))
            .WithMetrics(metrics => metrics
            .AddMeter(ElectionsMetrics.MeterName)
            .AddPrometheusExporter(o =>
            {
                // Every scrape reads the outbox afresh; Prometheus scrapes seldom enough that a cache buys nothing.
                o.ScrapeResponseCacheDurationMilliseconds = 0;
                o.ScopeInfoEnabled = false;
            }));
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) =>
            metrics.AddView(OnlyThisHost(services.GetRequiredService<IMeterFactory>())));
    }

    /// <summary>
    /// A meter is found by its name across the whole process, so a second host in the same process (the tests run
    /// many) would add its measurements to this one's; only the instruments of this host's own meter factory are kept.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHost(IMeterFactory meters) =>
        instrument => ReferenceEquals(instrument.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop;

    public static void UseElectionsMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<ElectionsMetrics>();
        var circuits = app.Services.GetRequiredService<CircuitLimits>();
        metrics.Meter.CreateObservableGauge("elections.circuits.open", () => circuits.Open, "{connection}", "Live circuit connections on this instance");
        var networks = app.Services.GetRequiredService<MetricsNetworks>();
        var outbox = app.Services.GetRequiredService<OutboxBacklog>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path == Path && networks.Allows(context.Connection.RemoteIpAddress),
            path: null,
            configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                await outbox.RefreshAsync(context.RequestAborted);
                await next(context);
            }),
            optionsName: null);
    }
}
