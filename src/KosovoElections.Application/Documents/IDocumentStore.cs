namespace KosovoElections.Application.Documents;

/// <summary>
/// Keeps identity images encrypted at rest (AES-256-GCM, a fresh data key per item wrapped by a configured master key
/// whose id is kept for rotation). Never under the web root; read only through the authorised document endpoint.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Encrypts and stores the bytes; returns the opaque reference to keep on the document record.</summary>
    Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The decrypted bytes, or null when the reference is unknown or was deleted. Tampering throws.</summary>
    Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default);

    Task DeleteAsync(string reference, CancellationToken cancellationToken = default);
}
