using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace KosovoElections.Domain.Staff;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, what every
/// authenticator app computes from the otpauth:// key.
/// </summary>
public static class Totp
{
    public const int SecretBytes = 20;
    public const int Digits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>A new random 160-bit key, the length RFC 4226 recommends for HMAC-SHA1.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    /// <summary>The number of the 30-second step an instant falls in, counted from the Unix epoch.</summary>
    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The code of one step, zero-padded to <paramref name="digits"/>.</summary>
    public static string Code(byte[] secret, long step, int digits = Digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, mac);
        var offset = mac[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac[offset..]) & 0x7FFFFFFF;
        var modulo = (int)Math.Pow(10, digits);
        return (binary % modulo).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The step a typed code belongs to, allowing one step of clock drift either way, or null. A step at or before
    /// <paramref name="lastAcceptedStep"/> never matches again, so each code works once. Compared in constant time.
    /// </summary>
    public static long? Match(byte[] secret, string code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var typed = new string([.. code.Where(c => !char.IsWhiteSpace(c))]);
        if (typed.Length != Digits || !typed.All(char.IsAsciiDigit))
        {
            return null;
        }

        long? matched = null;
        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            var same = CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(typed));
            if (same && step > (lastAcceptedStep ?? long.MinValue))
            {
                matched ??= step;
            }
        }

        return matched;
    }

    /// <summary>The otpauth:// URI an authenticator app reads from the QR code.</summary>
    public static string KeyUri(string issuer, string account, byte[] secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}" +
        $"?secret={Base32.Encode(secret)}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={(int)Step.TotalSeconds}";
}
