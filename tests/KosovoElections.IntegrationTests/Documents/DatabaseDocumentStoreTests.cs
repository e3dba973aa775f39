using System.Text;
using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Documents;

/// <summary>The database store on each provider; tampering goes straight to the table with an UPDATE.</summary>
public abstract class DatabaseDocumentStoreTests(DataFixture fixture) : DocumentStoreTests
{
    protected override string Scheme => DatabaseDocumentStore.Scheme;

    protected override IDocumentStore StoreWith(DocumentMasterKeys keys) =>
        new DatabaseDocumentStore(fixture.Db, new DocumentEnvelope(() => keys), fixture.Clock);

    protected override async Task<SealedDocument> LoadAsync(string reference)
    {
        var row = await RowAsync(reference);
        return new SealedDocument(row.KeyId, row.WrappedKey, row.Content);
    }

    protected override async Task ReplaceAsync(string reference, SealedDocument item)
    {
        await using var db = await fixture.Db.CreateAsync();
        var updated = await db.Set<DocumentBlob>().Where(b => b.Id == reference.Substring(3)).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.KeyId, item.KeyId)
            .SetProperty(b => b.WrappedKey, item.WrappedKey)
            .SetProperty(b => b.Content, item.Content));
        Assert.Equal(1, updated);
    }

    protected override async Task<byte[]> StoredBytesAsync(string reference)
    {
        var row = await RowAsync(reference);
        return [.. Encoding.UTF8.GetBytes(row.KeyId), .. row.WrappedKey, .. row.Content];
    }

    protected override async Task<bool> IsStoredAsync(string reference)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Set<DocumentBlob>().AnyAsync(b => b.Id == reference.Substring(3));
    }

    [Fact]
    public async Task SaveAsync_Item_RecordsWhenItWasStored()
    {
        var reference = await Store.SaveAsync(new byte[] { 1, 2, 3 });
        Assert.Equal(fixture.Clock.UtcNow, (await RowAsync(reference)).CreatedAt);
    }

    private async Task<DocumentBlob> RowAsync(string reference)
    {
        await using var db = await fixture.Db.CreateAsync();
        return await db.Set<DocumentBlob>().AsNoTracking().SingleAsync(b => b.Id == reference.Substring(3));
    }
}

public sealed class DatabaseDocumentStoreTestsOnSqlite(SqliteFixture fixture) : DatabaseDocumentStoreTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DatabaseDocumentStoreTestsOnPostgres(PostgresFixture fixture) : DatabaseDocumentStoreTests(fixture), IClassFixture<PostgresFixture>;
