using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KosovoElections.Benchmarks.Common;

/// <summary>
/// The web host as it runs in production: its Release build started as a process of its own (Production environment)
/// on a free loopback port with <c>settings</c> as environment variables; stopped with the scenario.
/// </summary>
internal sealed class WebHostProcess(Process process, string baseUrl) : IDisposable
{
    public string BaseUrl => baseUrl;

    public static async Task<WebHostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dll = Path.Combine(RepositoryRoot(), "src", "KosovoElections.Web", "bin", "Release", "net10.0", "KosovoElections.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build the web host in Release first: dotnet build src/KosovoElections.Web -c Release ({dll} is missing).");
        }

        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The web host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new WebHostProcess(process, baseUrl);
        await host.WaitUntilLiveAsync();
        return host;
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(2) };
        for (var tries = 0; tries < 120; tries++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web host stopped with exit code {process.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("The web host did not answer /health/live within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KosovoElections.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("KosovoElections.sln not found above the benchmark.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
