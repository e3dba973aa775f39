using System.Globalization;
using System.Security.Cryptography;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// What an authenticator app does with the key on the enrolment page, written here from RFC 4648 and RFC 6238
/// independently of the application's own classes, so that a mistake there cannot hide in the test.
/// </summary>
public static class TestTotp
{
    public static string Code(byte[] key, DateTimeOffset at, int digits = 6)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[19] & 0xF;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = 1;
        for (var i = 0; i < digits; i++)
        {
            modulus *= 10;
        }

        return (value % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>RFC 4648 Base32, spaces and padding ignored.</summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.Where(c => c is not (' ' or '=')).Select(c => Convert.ToString(alphabet.IndexOf(char.ToUpperInvariant(c)), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}

public sealed class TestTotpTests
{
    [Fact]
    public void Code_Rfc6238Sha1Vector_AtFiftyNineSeconds() =>
        Assert.Equal("94287082", TestTotp.Code("12345678901234567890"u8.ToArray(), DateTimeOffset.FromUnixTimeSeconds(59), digits: 8));

    [Fact]
    public void FromBase32_Rfc4648Vector() => Assert.Equal("foobar"u8.ToArray(), TestTotp.FromBase32("MZXW6YTBOI======"));
}
