using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// The layout of a <see cref="SealedDocument"/> in one file: "KED1", the key id's length (one byte) and ASCII id, the
/// wrapped data key, then the encrypted content. A file that does not parse is treated as tampered with.
/// </summary>
public static class DocumentFile
{
    private static readonly byte[] Magic = "KED1"u8.ToArray();

    public static byte[] Format(SealedDocument item)
    {
        var keyId = Encoding.ASCII.GetBytes(item.KeyId);
        return [.. Magic, (byte)keyId.Length, .. keyId, .. item.WrappedKey, .. item.Content];
    }

    public static SealedDocument Parse(byte[] bytes, string reference)
    {
        var keyIdLength = bytes.Length > Magic.Length ? bytes[Magic.Length] : 0;
        var keyIdEnd = Magic.Length + 1 + keyIdLength;
        if (!bytes.AsSpan().StartsWith(Magic) || keyIdLength is 0 or > DocumentMasterKeys.MaxIdLength || bytes.Length < keyIdEnd + DocumentEnvelope.WrappedKeySize)
        {
            throw new CryptographicException($"The document {reference} is not a document file: it was altered or truncated.");
        }

        return new SealedDocument(
            Encoding.ASCII.GetString(bytes, Magic.Length + 1, keyIdLength),
            bytes[keyIdEnd..(keyIdEnd + DocumentEnvelope.WrappedKeySize)],
            bytes[(keyIdEnd + DocumentEnvelope.WrappedKeySize)..]);
    }
}
