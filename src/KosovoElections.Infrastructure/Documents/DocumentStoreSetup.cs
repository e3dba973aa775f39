using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KosovoElections.Infrastructure.Documents;

public enum DocumentStoreKind
{
    Database,
    FileSystem,
}

public static class DocumentStoreSetup
{
    public const string StoreSetting = "Documents:Store";
    public const string PathSetting = "Documents:Path";
    public const string DefaultPath = "data/documents";

    /// <summary>
    /// The encrypted document store chosen by Documents:Store. The master keys are read on first use, so operator
    /// commands run without them; outside Development (or with no host environment) missing keys are refused then.
    /// </summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(sp => new DocumentEnvelope(() =>
            DocumentMasterKeys.FromConfiguration(configuration, sp.GetService<IHostEnvironment>()?.IsDevelopment() ?? false)));
        if (configuration.GetValue(StoreSetting, DocumentStoreKind.Database) == DocumentStoreKind.FileSystem)
        {
            var folder = FolderOf(configuration[PathSetting], contentRoot);
            services.AddSingleton<IDocumentStore>(sp => new FileSystemDocumentStore(folder, sp.GetRequiredService<DocumentEnvelope>()));
        }
        else
        {
            services.AddSingleton<IDocumentStore>(sp => new DatabaseDocumentStore(
                sp.GetRequiredService<ElectionsDbFactory>(), sp.GetRequiredService<DocumentEnvelope>(), sp.GetRequiredService<TimeProvider>()));
        }

        return services;
    }

    /// <summary>The folder resolved against the content root; refused under wwwroot, where files would be served to anyone.</summary>
    public static string FolderOf(string? configured, string contentRoot)
    {
        var folder = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured));
        var webRoot = Path.GetFullPath(Path.Combine(contentRoot, "wwwroot"));
        var relative = Path.GetRelativePath(webRoot, folder);
        var outside = relative == ".." || relative.StartsWith($"..{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return outside ? folder : throw new SetupException($"{PathSetting} ({folder}) is under the web root; keep documents outside wwwroot.");
    }
}
