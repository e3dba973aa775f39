using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoElections.IntegrationTests.Registry.Upload;

/// <summary>
/// The staff site over its own database (the running import and the last report are the site's, not a test's), with
/// the importer behind a gate and an upload limit of 1 MB.
/// </summary>
public abstract class RegistryUploadHost(DatabaseProvider provider) : StaffSiteHost(provider, "registry-upload")
{
    public GatedRegistryImporter Importer => Host.Get<GatedRegistryImporter>();

    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?> { ["Registry:Upload:MaxMegabytes"] = "1" };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new GatedRegistryImporter(ActivatorUtilities.CreateInstance<RegistryImporter>(sp)));
        services.Replace(ServiceDescriptor.Singleton<IRegistryImporter>(sp => sp.GetRequiredService<GatedRegistryImporter>()));
    }
}

public sealed class SqliteRegistryUploadHost() : RegistryUploadHost(DatabaseProvider.Sqlite);

public sealed class PostgresRegistryUploadHost() : RegistryUploadHost(DatabaseProvider.Postgres);
