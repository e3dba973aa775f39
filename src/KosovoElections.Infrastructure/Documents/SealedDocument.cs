namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// One item as it is kept at rest: the id of the master key that wrapped its data key, the wrapped data key, and the
/// content encrypted under the data key (each as nonce, tag, ciphertext).
/// </summary>
public sealed record SealedDocument(string KeyId, byte[] WrappedKey, byte[] Content);
