namespace KosovoElections.Infrastructure.Documents;

/// <summary>One document kept in the database by <see cref="DatabaseDocumentStore"/>, encrypted as a <see cref="SealedDocument"/>.</summary>
public sealed class DocumentBlob
{
    /// <summary>The random id of the reference "db:&lt;id&gt;".</summary>
    public string Id { get; set; } = string.Empty;

    public string KeyId { get; set; } = string.Empty;

    public byte[] WrappedKey { get; set; } = [];

    public byte[] Content { get; set; } = [];

    /// <summary>When it was stored, so that uploads never attached to an application can be found and removed.</summary>
    public DateTime CreatedAt { get; set; }
}
