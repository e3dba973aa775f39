using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// The real web host (Kestrel over HTTP on a free loopback port, the same setup and pipeline as Program.cs) over a
/// test database, with the clock under the test's control.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, TestClock clock)
    {
        _app = app;
        Clock = clock;
        BaseUrl = app.Urls.First();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
    }

    /// <summary>The master key every test host shares, as instances of one deployment do.</summary>
    public const string TestMasterKey = "dGVzdC1tYXN0ZXIta2V5LWZvci1rb3Nvdm8tZWxlY3Q=";

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public TestClock Clock { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestHost> StartAsync(
        TestDatabase database,
        TestClock clock,
        string environment = "Production",
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = "KosovoElections.Web",
            ContentRootPath = WebProjectFolder(),
        });
        var configuration = database.Configuration();
        configuration["Logging:File"] = Path.Combine(Path.GetTempPath(), "ke-test-logs", "host-.log");
        configuration["Demo:SeedOnFirstRun"] = "false";
        configuration["DataProtection:MasterKey"] = TestMasterKey;
        configuration["Documents:MasterKeys:0:Id"] = "test-1";
        configuration["Documents:MasterKeys:0:Key"] = TestMasterKey;
        configuration["Documents:CurrentKeyId"] = "test-1";

        // A folder per host, as each server has its own: a starting host deletes the uploads left in its folder.
        configuration["Registry:Upload:Folder"] = Path.Combine(Path.GetTempPath(), "ke-test-uploads", Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        // Serve static assets from the build output as `dotnet run` does (publish puts them in wwwroot).
        builder.WebHost.UseStaticWebAssets();
        builder.AddElectionsHost();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await app.PrepareAsync();
        app.UseElectionsPipeline();
        await app.StartAsync();
        return new TestHost(app, clock);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The web project's folder, so that the host finds its configuration files and static assets.</summary>
    public static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "KosovoElections.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/KosovoElections.Web not found above " + AppContext.BaseDirectory);
    }
}
