using System.Diagnostics;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>The built KosovoElections.Web.dll run as an operator runs it: `dotnet KosovoElections.Web.dll …`, configured by the environment.</summary>
public static class WebExecutable
{
    /// <summary>Long enough for a cold start on a busy machine; a host that should have refused to start is killed after it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<(int Code, string Output, string Error)> RunAsync(
        TestDatabase database, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KosovoElections.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["Logging__File"] = Path.Combine(Path.GetTempPath(), "ke-test-logs", "exe-.log");
        start.Environment["ASPNETCORE_CONTENTROOT"] = TestHost.WebProjectFolder();
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{string.Join(' ', args)}` still ran after {Limit}: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
