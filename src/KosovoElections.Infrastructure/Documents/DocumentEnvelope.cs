using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// Envelope encryption shared by the stores: a fresh 256-bit data key per item encrypts the content with AES-256-GCM,
/// and the master key wraps the data key with AES-256-GCM. Both are bound to the item's reference as associated data,
/// so ciphertext moved to another item's row or file does not decrypt.
/// </summary>
/// <param name="keys">Read on first use, so hosts and commands that never touch documents run without keys.</param>
public sealed class DocumentEnvelope(Func<DocumentMasterKeys> keys)
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The size of a wrapped data key: nonce, tag and the encrypted 32-byte key.</summary>
    public const int WrappedKeySize = NonceSize + TagSize + KeySize;

    // PublicationOnly does not cache a failure: once the operator adds the key, the next use succeeds.
    private readonly Lazy<DocumentMasterKeys> _keys = new(keys, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>Reads the master keys now, so a host refuses to start without them instead of failing an applicant's first photo.</summary>
    public void RequireKeys() => _ = _keys.Value;

    public SealedDocument Seal(ReadOnlySpan<byte> content, string reference)
    {
        var masterKeys = _keys.Value;
        var dataKey = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            var wrappedKey = Encrypt(masterKeys.CurrentKey, dataKey, WrapContext(masterKeys.CurrentId, reference));
            return new SealedDocument(masterKeys.CurrentId, wrappedKey, Encrypt(dataKey, content, ContentContext(reference)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The content; throws <see cref="CryptographicException"/> when anything stored was altered or moved.</summary>
    public byte[] Open(SealedDocument item, string reference)
    {
        var masterKey = _keys.Value.Get(item.KeyId);
        if (item.WrappedKey.Length != WrappedKeySize)
        {
            throw Tampered(reference);
        }

        var dataKey = Decrypt(masterKey, item.WrappedKey, WrapContext(item.KeyId, reference), reference);
        try
        {
            return Decrypt(dataKey, item.Content, ContentContext(reference), reference);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static byte[] ContentContext(string reference) => Encoding.UTF8.GetBytes($"KosovoElections.Document.v1|content|{reference}");

    private static byte[] WrapContext(string keyId, string reference) => Encoding.UTF8.GetBytes($"KosovoElections.Document.v1|key|{keyId}|{reference}");

    private static byte[] Encrypt(byte[] key, ReadOnlySpan<byte> plaintext, byte[] associatedData)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), associatedData);
        return sealedBytes;
    }

    private static byte[] Decrypt(byte[] key, byte[] sealedBytes, byte[] associatedData, string reference)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw Tampered(reference);
        }

        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw Tampered(reference, e);
        }
    }

    private static CryptographicException Tampered(string reference, Exception? inner = null) =>
        new($"The document {reference} failed its integrity check: it was altered, truncated or belongs to another reference.", inner);
}
