using Serilog;
using Serilog.Formatting.Json;

namespace KosovoElections.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog to the console and a rolling file under logs/ (Serilog.AspNetCore does not restore here, so it is wired
    /// through Microsoft.Extensions.Logging). Logging:Json=true writes JSON lines instead of text.
    /// </summary>
    public static void AddElectionsLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue<bool>("Logging:Json");
        var file = builder.Configuration["Logging:File"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs", "kosovo-elections-.log");
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        configuration = json
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true)).WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            : configuration.WriteTo.Console().WriteTo.File(file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
