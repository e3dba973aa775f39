using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.Infrastructure.KeyRing;

/// <summary>The master key (DataProtection:MasterKey, 32 bytes in base64) that encrypts the key ring at rest.</summary>
public sealed class MasterKey(byte[] key)
{
    public const string Setting = "DataProtection:MasterKey";

    public byte[] Key { get; } = key.Length == 32 ? key : throw new SetupException($"{Setting} must be 32 bytes in base64.");
}

/// <summary>Encrypts each Data Protection key with AES-256-GCM under the master key before it is stored.</summary>
public sealed class MasterKeyXmlEncryptor(MasterKey masterKey) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(masterKey.Key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        var element = new XElement("encryptedKey", new XElement("value", Convert.ToBase64String([.. nonce, .. tag, .. ciphertext])));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}

/// <summary>The reverse of <see cref="MasterKeyXmlEncryptor"/>; created by Data Protection with the service provider.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    private readonly MasterKey _masterKey = services.GetRequiredService<MasterKey>();

    public XElement Decrypt(XElement encryptedElement)
    {
        var blob = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new CryptographicException("No encrypted key value."));
        var nonce = blob.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = blob.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        var ciphertext = blob.AsSpan(nonce.Length + tag.Length);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(_masterKey.Key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
