using KosovoElections.Infrastructure;
using KosovoElections.Web.Commands;
using KosovoElections.Web.Hosting;
using Serilog;
using Serilog.Events;

// The first stage of logging, until the host has read its configuration and replaces it (Hosting/Logging.cs).
Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    // One executable: with a command (SPEC §8) it runs that and exits, without one it serves the web application.
    // A command's own arguments are not configuration, so they are kept away from the host builder.
    var isCommand = CommandLine.IsCommand(args);
    var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
    builder.AddElectionsHost();

    if (isCommand)
    {
        await using var commandHost = builder.Build();
        return await CommandLine.RunAsync(commandHost.Services, args, Console.Out, Console.Error);
    }

    var app = builder.Build();
    await app.PrepareAsync();
    app.UseElectionsPipeline();
    await app.RunAsync();
    return ExitCodes.Ok;
}
catch (Exception e) when (SetupException.Find(e) is { } setup)
{
    // A missing secret or an unmigrated database is the operator's to fix; the message says how, a stack trace would bury it.
    await Console.Error.WriteLineAsync(setup.Message);
    return ExitCodes.Failed;
}
catch (Exception e)
{
    Log.Fatal(e, "KosovoElections stopped on an unexpected error");
    return ExitCodes.Failed;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the integration tests, which start the real host.</summary>
public partial class Program;
