using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>Documents as encrypted rows of the application's database: every instance sees them, backups include them.</summary>
public sealed class DatabaseDocumentStore(ElectionsDbFactory factory, DocumentEnvelope envelope, TimeProvider clock) : IDocumentStore
{
    public const string Scheme = "db";

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var (id, reference) = DocumentReference.New(Scheme);
        var item = envelope.Seal(content.Span, reference);
        await using var db = await factory.CreateAsync(cancellationToken);
        db.Set<DocumentBlob>().Add(new DocumentBlob
        {
            Id = id,
            KeyId = item.KeyId,
            WrappedKey = item.WrappedKey,
            Content = item.Content,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return reference;
    }

    public async Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default)
    {
        var id = DocumentReference.IdOf(reference, Scheme);
        await using var db = await factory.CreateAsync(cancellationToken);
        var row = await db.Set<DocumentBlob>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return row is null ? null : envelope.Open(new SealedDocument(row.KeyId, row.WrappedKey, row.Content), reference);
    }

    public async Task DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        var id = DocumentReference.IdOf(reference, Scheme);
        await using var db = await factory.CreateAsync(cancellationToken);
        await db.Set<DocumentBlob>().Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
    }
}
