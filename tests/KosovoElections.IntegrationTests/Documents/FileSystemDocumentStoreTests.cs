using System.Security.Cryptography;
using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Documents;

namespace KosovoElections.IntegrationTests.Documents;

/// <summary>The file store in a fresh folder per test; tampering edits the files themselves.</summary>
public sealed class FileSystemDocumentStoreTests : DocumentStoreTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ke-documents-{Guid.NewGuid():N}");

    private string Folder => Path.Combine(_root, "documents");

    protected override string Scheme => FileSystemDocumentStore.Scheme;

    protected override IDocumentStore StoreWith(DocumentMasterKeys keys) => new FileSystemDocumentStore(Folder, new DocumentEnvelope(() => keys));

    protected override async Task<SealedDocument> LoadAsync(string reference) =>
        DocumentFile.Parse(await File.ReadAllBytesAsync(PathOf(reference)), reference);

    protected override Task ReplaceAsync(string reference, SealedDocument item) => File.WriteAllBytesAsync(PathOf(reference), DocumentFile.Format(item));

    protected override Task<byte[]> StoredBytesAsync(string reference) => File.ReadAllBytesAsync(PathOf(reference));

    protected override Task<bool> IsStoredAsync(string reference) => Task.FromResult(File.Exists(PathOf(reference)));

    [Fact]
    public async Task SaveAsync_Item_IsOneFileInTwoLevelFanOutWithNoTemporaryLeft()
    {
        var reference = await Store.SaveAsync(RandomNumberGenerator.GetBytes(100));
        var id = reference[3..];
        Assert.Equal(Path.Combine(Folder, id[..2], id[2..4], id), Assert.Single(Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public async Task ReadAsync_LastByteOfFileFlipped_ThrowsCryptographicException()
    {
        var reference = await Store.SaveAsync(RandomNumberGenerator.GetBytes(100));
        var bytes = await File.ReadAllBytesAsync(PathOf(reference));
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(PathOf(reference), bytes);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(reference));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    public async Task ReadAsync_TruncatedFile_ThrowsCryptographicException(int length)
    {
        var reference = await Store.SaveAsync(RandomNumberGenerator.GetBytes(100));
        var bytes = await File.ReadAllBytesAsync(PathOf(reference));
        await File.WriteAllBytesAsync(PathOf(reference), bytes[..length]);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(reference));
    }

    [Theory]
    [MemberData(nameof(DeletableMalformedReferences))]
    public async Task DeleteAsync_MalformedReference_LeavesTheFileItWouldNameAlone(string reference)
    {
        // Where "fs:../<sentinel>" would land if the reference were joined to the folder.
        Directory.CreateDirectory(_root);
        var sentinel = Path.Combine(_root, SentinelName);
        await File.WriteAllTextAsync(sentinel, "not a document");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(reference));
        Assert.True(File.Exists(sentinel));
        Assert.False(Directory.Exists(Folder), "The store created its folder for a refused reference.");
    }

    [Theory]
    [MemberData(nameof(MalformedReferences))]
    public async Task ReadAsync_MalformedReference_CreatesNothingOnDisk(string reference)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(reference));
        Assert.False(Directory.Exists(_root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string PathOf(string reference) => ((FileSystemDocumentStore)Store).PathOf(reference);
}
