using System.Security.Cryptography;
using System.Text;
using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Documents;

namespace KosovoElections.IntegrationTests.Documents;

/// <summary>
/// What every document store promises, run unchanged on each backend: the bytes come back as saved, what is kept at
/// rest is ciphertext, any change to it (or moving it to another item) is detected, and references are strict.
/// </summary>
public abstract class DocumentStoreTests
{
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("PASSPORT-OF-BLERTA-SHALA-1990-05-17");

    protected abstract string Scheme { get; }

    /// <summary>A store over this test's storage (the same storage for every call) using <paramref name="keys"/>.</summary>
    protected abstract IDocumentStore StoreWith(DocumentMasterKeys keys);

    /// <summary>The item as kept at rest, read around the store.</summary>
    protected abstract Task<SealedDocument> LoadAsync(string reference);

    /// <summary>Overwrites the item at rest, around the store, as someone with access to the storage could.</summary>
    protected abstract Task ReplaceAsync(string reference, SealedDocument item);

    /// <summary>Every byte kept at rest for the item.</summary>
    protected abstract Task<byte[]> StoredBytesAsync(string reference);

    protected abstract Task<bool> IsStoredAsync(string reference);

    protected IDocumentStore Store => StoreWith(TestDocumentKeys.With("A", "A"));

    /// <summary>Refused references, including ones that would name system files if they were joined to a folder.</summary>
    public static TheoryData<string> MalformedReferences() =>
    [
        "../../etc/passwd",
        "fs:../../../../../../etc/passwd",
        "db:../../etc/passwd",
        .. DeletableMalformedReferences(),
    ];

    /// <summary>
    /// Refused references that, were the check ever broken, could at worst name a file in the test's own folder
    /// (see <see cref="SentinelName"/>): deleting is tried only with these, as the suite may run as root.
    /// </summary>
    public static TheoryData<string> DeletableMalformedReferences() =>
    [
        "fs:..",
        $"fs:../{SentinelName}",
        $"db:../{SentinelName}",
        "db:xyz",
        string.Empty,
        "fs:" + new string('A', 32),
        "db:" + new string('A', 32),
        "fs:" + new string('0', 31) + "\0",
        "db:" + new string('0', 31) + "\0",
        "fs:" + new string('٣', 32),
        "db:" + new string('０', 32),
        "fs:" + new string('0', 32) + "/",
        "db:" + new string('0', 33),
        " fs:" + new string('0', 32),
        "xx:" + new string('0', 32),
    ];

    /// <summary>A file name no real system has, placed beside a file store's folder by its tests.</summary>
    protected const string SentinelName = "ke-documents-sentinel";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData((3 * 1024 * 1024) + 17)]
    public async Task SaveAsync_RandomBytes_ReadAsyncReturnsTheSame(int size)
    {
        var content = RandomNumberGenerator.GetBytes(size);
        var reference = await Store.SaveAsync(content);
        Assert.Matches($"^{Scheme}:[0-9a-f]{{32}}$", reference);
        Assert.Equal(content, await Store.ReadAsync(reference));
    }

    [Fact]
    public async Task SaveAsync_KnownMarker_IsNotInTheStoredBytes()
    {
        byte[] content = [.. Marker, .. RandomNumberGenerator.GetBytes(100), .. Marker];
        var reference = await Store.SaveAsync(content);
        var stored = await StoredBytesAsync(reference);
        Assert.True(stored.Length >= content.Length, "The stored item is shorter than its content.");
        Assert.Equal(-1, stored.AsSpan().IndexOf(Marker));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Marker.AsSpan(0, 8)));
        Assert.Equal(content, await Store.ReadAsync(reference));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_StoresDifferentKeysAndCiphertexts()
    {
        var one = await LoadAsync(await Store.SaveAsync(Marker));
        var two = await LoadAsync(await Store.SaveAsync(Marker));
        Assert.NotEqual(one.WrappedKey, two.WrappedKey);
        Assert.NotEqual(one.Content, two.Content);
    }

    [Theory]
    [InlineData(0)] // nonce
    [InlineData(12)] // tag
    [InlineData(28)] // first ciphertext byte
    [InlineData(-1)] // last ciphertext byte
    public async Task ReadAsync_FlippedContentByte_ThrowsCryptographicException(int position)
    {
        var reference = await Store.SaveAsync(RandomNumberGenerator.GetBytes(1000));
        var item = await LoadAsync(reference);
        item.Content[position >= 0 ? position : item.Content.Length + position] ^= 0x01;
        await ReplaceAsync(reference, item);
        var error = await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(reference));
        Assert.Contains(reference, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(DocumentEnvelope.WrappedKeySize - 1)]
    public async Task ReadAsync_FlippedWrappedKeyByte_ThrowsCryptographicException(int position)
    {
        var reference = await Store.SaveAsync(RandomNumberGenerator.GetBytes(1000));
        var item = await LoadAsync(reference);
        item.WrappedKey[position] ^= 0x80;
        await ReplaceAsync(reference, item);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(reference));
    }

    [Fact]
    public async Task ReadAsync_ItemsSwapped_ThrowsForBoth()
    {
        var (first, second) = (await Store.SaveAsync(Marker), await Store.SaveAsync(RandomNumberGenerator.GetBytes(64)));
        var (a, b) = (await LoadAsync(first), await LoadAsync(second));
        await ReplaceAsync(first, b);
        await ReplaceAsync(second, a);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(first));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(second));
    }

    [Fact]
    public async Task ReadAsync_ContentsSwappedBetweenItems_ThrowsForBoth()
    {
        var (first, second) = (await Store.SaveAsync(Marker), await Store.SaveAsync(RandomNumberGenerator.GetBytes(64)));
        var (a, b) = (await LoadAsync(first), await LoadAsync(second));
        await ReplaceAsync(first, a with { Content = b.Content });
        await ReplaceAsync(second, b with { Content = a.Content });
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(first));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(second));
    }

    [Fact]
    public async Task ReadAsync_WholeItemCopiedOverAnother_ThrowsCryptographicException()
    {
        var (first, second) = (await Store.SaveAsync(Marker), await Store.SaveAsync(RandomNumberGenerator.GetBytes(64)));
        await ReplaceAsync(second, await LoadAsync(first));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => Store.ReadAsync(second));
        Assert.Equal(Marker, await Store.ReadAsync(first));
    }

    [Fact]
    public async Task DeleteAsync_SavedItem_ReadAsyncReturnsNullAndNothingIsLeft()
    {
        var reference = await Store.SaveAsync(Marker);
        var kept = await Store.SaveAsync(Marker);
        Assert.True(await IsStoredAsync(reference));
        await Store.DeleteAsync(reference);
        Assert.Null(await Store.ReadAsync(reference));
        Assert.False(await IsStoredAsync(reference));
        Assert.Equal(Marker, await Store.ReadAsync(kept));
    }

    [Fact]
    public async Task ReadAsync_UnknownReference_ReturnsNullAndDeleteAsyncDoesNothing()
    {
        var (_, unknown) = DocumentReference.New(Scheme);
        Assert.Null(await Store.ReadAsync(unknown));
        await Store.DeleteAsync(unknown);
        Assert.Null(await Store.ReadAsync(unknown));
    }

    [Theory]
    [MemberData(nameof(MalformedReferences))]
    public async Task ReadAsync_MalformedReference_ThrowsArgumentException(string reference) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(reference));

    [Theory]
    [MemberData(nameof(DeletableMalformedReferences))]
    public async Task DeleteAsync_MalformedReference_ThrowsArgumentException(string reference) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(reference));

    [Fact]
    public async Task ReadAsync_OtherStoresReference_ThrowsArgumentException()
    {
        var (_, other) = DocumentReference.New(Scheme == "db" ? "fs" : "db");
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(other));
    }

    [Fact]
    public async Task ReadAsync_CurrentKeyRotatedFromAToB_ItemUnderAStillReads()
    {
        var underA = await StoreWith(TestDocumentKeys.With("A", "A")).SaveAsync(Marker);
        var rotated = StoreWith(TestDocumentKeys.With("B", "A", "B"));
        var underB = await rotated.SaveAsync(Marker);
        Assert.Equal(Marker, await rotated.ReadAsync(underA));
        Assert.Equal(Marker, await rotated.ReadAsync(underB));
        Assert.Equal("A", (await LoadAsync(underA)).KeyId);
        Assert.Equal("B", (await LoadAsync(underB)).KeyId);
    }

    [Fact]
    public async Task ReadAsync_ItemsKeyRemovedFromConfiguration_ThrowsNamingTheKey()
    {
        var underA = await StoreWith(TestDocumentKeys.With("A", "A")).SaveAsync(Marker);
        var withoutA = StoreWith(TestDocumentKeys.With("B", "B"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => withoutA.ReadAsync(underA));
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentMasterKeys.KeysSetting, error.Message, StringComparison.Ordinal);
    }
}
