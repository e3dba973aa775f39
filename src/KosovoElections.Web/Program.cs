using KosovoElections.Web.Commands;
using KosovoElections.Web.Hosting;

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
await app.PrepareDatabaseAsync();
app.UseElectionsPipeline();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests, which start the real host.</summary>
public partial class Program;
