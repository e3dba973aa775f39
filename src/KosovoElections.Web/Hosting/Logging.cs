using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.StaticAssets;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Formatting.Compact;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// Serilog in two stages: Program.cs starts a bootstrap logger, which the host replaces with the configured one
/// (console and a rolling file under logs/; Logging:Json=true writes compact JSON lines). One line per request names
/// the route template, never the path, which can carry a hand-off token or a document id.
/// </summary>
internal static class Logging
{
    public const string JsonSetting = "Logging:Json";
    public const string FileSetting = "Logging:File";

    /// <summary>What a request that matched no endpoint is logged as.</summary>
    public const string Unmatched = "(unmatched)";

    private const string RequestTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0000} ms";

    public static void AddElectionsLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue<bool>(JsonSetting);
        var file = builder.Configuration[FileSetting] ?? Path.Combine(builder.Environment.ContentRootPath, "logs", "kosovo-elections-.log");

        // Program.cs's bootstrap logger is reloaded in place. A host built any other way (the integration tests run
        // several in one process) keeps its logger to itself rather than taking over the process-wide one.
        var preserveStaticLogger = Log.Logger is not ReloadableLogger;
        builder.Services.AddSerilog(
            (services, configuration) =>
            {
                configuration
                    .ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext()
                    .Enrich.With<WithoutRequestPath>();
                if (json)
                {
                    configuration
                        .WriteTo.Console(new RenderedCompactJsonFormatter())
                        .WriteTo.File(new RenderedCompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
                }
                else
                {
                    configuration
                        .WriteTo.Console()
                        .WriteTo.File(file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
                }
            },
            preserveStaticLogger);
    }

    /// <summary>
    /// One event per request: method, route template, status and time. Health probes and static files are Debug (raise
    /// Serilog.AspNetCore.RequestLoggingMiddleware to Debug to see them), server errors Error, the rest Information.
    /// </summary>
    public static void UseElectionsRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // The middleware would otherwise write to the process-wide logger, which is not this host's in the tests.
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = RequestTemplate;
            o.GetMessageTemplateProperties = RequestProperties;
            o.GetLevel = RequestLevel;
            o.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("RequestId", context.TraceIdentifier);
        });

    /// <summary>
    /// The template of the endpoint that served the request (for an exception, the one that failed rather than the
    /// error page), else the endpoint's name, else <see cref="Unmatched"/>; never anything taken from the URL.
    /// </summary>
    public static string RouteTemplate(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint()) switch
        {
            RouteEndpoint { RoutePattern.RawText: { } template } => template,
            { DisplayName: { } name } => name,
            _ => Unmatched,
        };

    private static IEnumerable<LogEventProperty> RequestProperties(HttpContext context, string path, double elapsed, int status) =>
    [
        new("RequestMethod", new ScalarValue(context.Request.Method)),
        new("RouteTemplate", new ScalarValue(RouteTemplate(context))),
        new("StatusCode", new ScalarValue(status)),
        new("Elapsed", new ScalarValue(elapsed)),
    ];

    private static LogEventLevel RequestLevel(HttpContext context, double elapsed, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/health") || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ? LogEventLevel.Debug
        : LogEventLevel.Information;

    /// <summary>
    /// ASP.NET Core puts the raw path in a scope around every request, which would add it to each line logged while the
    /// request runs; the request's own event names its route template instead.
    /// </summary>
    private sealed class WithoutRequestPath : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) => logEvent.RemovePropertyIfPresent("RequestPath");
    }
}
