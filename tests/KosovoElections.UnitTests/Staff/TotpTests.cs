using System.Text;
using KosovoElections.Domain.Staff;

namespace KosovoElections.UnitTests.Staff;

public sealed class TotpTests
{
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 15, TimeSpan.Zero);

    /// <summary>RFC 6238 Appendix B, the SHA-1 rows (8 digits, as the RFC lists them).</summary>
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Code_Rfc6238Sha1Vectors_Match(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSecret, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), digits: 8));

    [Fact]
    public void Code_SixDigits_AreTheLastSixOfTheRfcValue() =>
        Assert.Equal("287082", Totp.Code(RfcSecret, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(59))));

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Match_CodeOfAStepWithinOne_ReturnsThatStep(int offset)
    {
        var step = Totp.StepAt(Now) + offset;
        Assert.Equal(step, Totp.Match(RfcSecret, Totp.Code(RfcSecret, step), Now, lastAcceptedStep: null));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Match_CodeTwoStepsAway_IsRefused(int offset) =>
        Assert.Null(Totp.Match(RfcSecret, Totp.Code(RfcSecret, Totp.StepAt(Now) + offset), Now, lastAcceptedStep: null));

    [Fact]
    public void Match_StepAlreadyAccepted_IsRefused()
    {
        var step = Totp.StepAt(Now);
        Assert.Null(Totp.Match(RfcSecret, Totp.Code(RfcSecret, step), Now, lastAcceptedStep: step));
        Assert.Null(Totp.Match(RfcSecret, Totp.Code(RfcSecret, step - 1), Now, lastAcceptedStep: step));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Match_NotSixDigits_IsRefused(string code) => Assert.Null(Totp.Match(RfcSecret, code, Now, null));

    [Fact]
    public void Match_CodeTypedWithASpace_IsAccepted()
    {
        var code = Totp.Code(RfcSecret, Totp.StepAt(Now));
        Assert.NotNull(Totp.Match(RfcSecret, code[..3] + " " + code[3..], Now, null));
    }

    [Fact]
    public void KeyUri_CarriesTheBase32KeyAndTheParameters()
    {
        var uri = Totp.KeyUri("KQZ Kosovo", "ana@kqz-ks.org", RfcSecret);
        Assert.Equal(
            "otpauth://totp/KQZ%20Kosovo:ana%40kqz-ks.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=KQZ%20Kosovo&algorithm=SHA1&digits=6&period=30",
            uri);
    }

    [Fact]
    public void Base32Encode_Rfc4648Vector_Matches() => Assert.Equal("MZXW6YTBOI", Base32.Encode("foobar"u8));

    [Fact]
    public void NewSecret_TwoKeys_Are160BitsAndDiffer()
    {
        Assert.Equal(20, Totp.NewSecret().Length);
        Assert.NotEqual(Totp.NewSecret(), Totp.NewSecret());
    }
}
