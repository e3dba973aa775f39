using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace KosovoElections.IntegrationTests.Documents;

/// <summary>The store as the application registers it: chosen by configuration, keys read on first use.</summary>
public sealed class DocumentStoreSetupTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"ke-content-{Guid.NewGuid():N}");

    [Fact]
    public void AddElectionsCore_NoStoreSetting_RegistersTheDatabaseStore()
    {
        using var services = Build("Production", TestDocumentKeys.Settings("A", "A"));
        Assert.IsType<DatabaseDocumentStore>(services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public async Task AddElectionsCore_FileSystemStore_KeepsEncryptedFilesUnderDataDocuments()
    {
        var settings = TestDocumentKeys.Settings("A", "A");
        settings[DocumentStoreSetup.StoreSetting] = "FileSystem";
        using var services = Build("Production", settings);
        var store = services.GetRequiredService<IDocumentStore>();

        var reference = await store.SaveAsync(new byte[] { 1, 2, 3 });

        Assert.StartsWith(Path.Combine(_contentRoot, "data", "documents") + Path.DirectorySeparatorChar, ((FileSystemDocumentStore)store).PathOf(reference), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 1, 2, 3 }, await store.ReadAsync(reference));
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/documents")]
    [InlineData("data/../wwwroot/./documents")]
    public void AddElectionsCore_DocumentsPathUnderWwwroot_IsRefused(string path)
    {
        var settings = new Dictionary<string, string?> { [DocumentStoreSetup.StoreSetting] = "FileSystem", [DocumentStoreSetup.PathSetting] = path };
        var error = Assert.Throws<SetupException>(() => Build("Production", settings));
        Assert.Contains(DocumentStoreSetup.PathSetting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wwwroot-archive")]
    [InlineData("data/documents")]
    public void FolderOf_PathBesideWwwroot_IsAccepted(string path) =>
        Assert.Equal(Path.Combine(_contentRoot, path), DocumentStoreSetup.FolderOf(path, _contentRoot));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData(null)]
    public async Task DocumentStore_NoKeysOutsideDevelopment_RefusesOnFirstUseOnly(string? environment)
    {
        using var services = Build(environment, []);
        Assert.NotNull(services.GetRequiredService<DatabaseMigrator>());
        var store = services.GetRequiredService<IDocumentStore>();

        var error = await Assert.ThrowsAsync<SetupException>(() => store.SaveAsync(new byte[] { 1 }));
        Assert.Contains(DocumentMasterKeys.KeysSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentStore_NoKeysInDevelopment_UsesTheDevelopmentKey()
    {
        var settings = new Dictionary<string, string?> { [DocumentStoreSetup.StoreSetting] = "FileSystem" };
        using var services = Build("Development", settings);
        var store = (FileSystemDocumentStore)services.GetRequiredService<IDocumentStore>();

        var reference = await store.SaveAsync(new byte[] { 7 });

        Assert.Equal(new byte[] { 7 }, await store.ReadAsync(reference));
        Assert.Equal("development", DocumentFile.Parse(await File.ReadAllBytesAsync(store.PathOf(reference)), reference).KeyId);
    }

    [Fact]
    public void FromConfiguration_OneKeyWithoutCurrentKeyId_UsesThatKey()
    {
        var settings = TestDocumentKeys.Settings("A", "A");
        settings.Remove(DocumentMasterKeys.CurrentSetting);
        Assert.Equal("A", DocumentMasterKeys.FromConfiguration(Configuration(settings), isDevelopment: false).CurrentId);
    }

    [Theory]
    [InlineData("0", "Key", "dG9vIHNob3J0")]
    [InlineData("0", "Key", "not base64!")]
    [InlineData("0", "Id", "")]
    [InlineData("0", "Id", "../A")]
    [InlineData("1", "Id", "A")]
    [InlineData("", "", "")]
    public void FromConfiguration_InvalidKeys_ThrowNamingTheSetting(string index, string field, string value)
    {
        var settings = TestDocumentKeys.Settings("A", "A", "B");
        if (index.Length == 0)
        {
            settings[DocumentMasterKeys.CurrentSetting] = "C";
        }
        else
        {
            settings[$"{DocumentMasterKeys.KeysSetting}:{index}:{field}"] = value;
        }

        var error = Assert.Throws<SetupException>(() => DocumentMasterKeys.FromConfiguration(Configuration(settings), isDevelopment: true));
        Assert.Contains("Documents:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private ServiceProvider Build(string? environment, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ContentRootPath = _contentRoot });
        }

        services.AddLogging();
        services.AddElectionsCore(Configuration(settings), _contentRoot);
        return services.BuildServiceProvider();
    }
}
