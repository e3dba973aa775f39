using System.Security.Cryptography;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// Stand-in for the encrypted document store (IDocumentStore has no implementation on main yet): the same
/// cryptography its port describes, AES-256-GCM under a fresh data key per item, the data key wrapped by a master key.
/// Nothing is written anywhere; this measures the CPU and memory of the encryption only.
/// </summary>
internal sealed class EnvelopeEncryption : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly AesGcm _master = new(RandomNumberGenerator.GetBytes(32), TagSize);

    /// <summary>nonce ‖ wrapped key ‖ key tag ‖ nonce ‖ ciphertext ‖ tag, as one array like a stored blob.</summary>
    public byte[] Seal(ReadOnlySpan<byte> content)
    {
        var sealedItem = new byte[NonceSize + 32 + TagSize + NonceSize + content.Length + TagSize];
        var output = sealedItem.AsSpan();
        Span<byte> dataKey = stackalloc byte[32];
        RandomNumberGenerator.Fill(dataKey);
        RandomNumberGenerator.Fill(output[..NonceSize]);
        _master.Encrypt(output[..NonceSize], dataKey, output.Slice(NonceSize, 32), output.Slice(NonceSize + 32, TagSize));

        var body = output[(NonceSize + 32 + TagSize)..];
        RandomNumberGenerator.Fill(body[..NonceSize]);
        using var item = new AesGcm(dataKey, TagSize);
        item.Encrypt(body[..NonceSize], content, body.Slice(NonceSize, content.Length), body[^TagSize..]);
        CryptographicOperations.ZeroMemory(dataKey);
        return sealedItem;
    }

    public void Dispose() => _master.Dispose();
}
