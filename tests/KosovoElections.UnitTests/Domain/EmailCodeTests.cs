using KosovoElections.Domain.Applicants;

namespace KosovoElections.UnitTests.Domain;

/// <summary>SECURITY T-OTP-01/05: six CSPRNG digits, kept only as a salted hash.</summary>
public sealed class EmailCodeTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NewCode_TwentyThousandDraws_AreSixDigitsSpreadOverTheWholeRange()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => EmailCode.NewCode()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        // Among 10^6 values, 20,000 draws collide about 200 times; a weak generator collides far more.
        Assert.True(codes.Distinct().Count() > 19_500, $"{codes.Distinct().Count()} distinct");
        Assert.Equal(10, codes.Select(c => c[0]).Distinct().Count()); // leading zeros kept
        var mean = codes.Average(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(mean, 480_000, 520_000);
    }

    [Fact]
    public void Issue_SameCodeTwice_StoresDifferentSaltsAndHashesAndNeverTheCode()
    {
        var first = EmailCode.Issue(Guid.NewGuid(), 1, "a@example.org", "042917", Now, TimeSpan.FromMinutes(10));
        var second = EmailCode.Issue(Guid.NewGuid(), 1, "a@example.org", "042917", Now, TimeSpan.FromMinutes(10));

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.True(first.Matches("042917"));
        Assert.False(first.Matches("042918"));
        Assert.DoesNotContain("042917", Convert.ToHexString(first.Hash) + System.Text.Encoding.UTF8.GetString(first.Hash), StringComparison.Ordinal);
    }

    [Fact]
    public void TryCountTry_AfterFiveTries_RefusesAndCountsNoMore()
    {
        var code = EmailCode.Issue(Guid.NewGuid(), 1, "a@example.org", "042917", Now, TimeSpan.FromMinutes(10));

        Assert.All(Enumerable.Range(0, 5), _ => Assert.True(code.TryCountTry()));
        Assert.False(code.TryCountTry());
        Assert.Equal(5, code.Tries);
        Assert.Equal(0, code.TriesLeft);
    }

    [Fact]
    public void IsExpiredAt_TenMinutes_IsTheEdge()
    {
        var code = EmailCode.Issue(Guid.NewGuid(), 1, "a@example.org", "042917", Now, TimeSpan.FromMinutes(10));

        Assert.False(code.IsExpiredAt(Now.AddMinutes(10).AddTicks(-1)));
        Assert.True(code.IsExpiredAt(Now.AddMinutes(10)));
    }
}
