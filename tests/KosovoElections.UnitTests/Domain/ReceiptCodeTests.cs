using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

/// <summary>The receipt code: canonical, and a mistyped one is caught by its check character before any search.</summary>
public sealed class ReceiptCodeTests
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    [Fact]
    public void New_IsTwoGroupsOfFiveAndNormalizesToItself()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReceiptCode.New()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", code);
            Assert.Equal(code, ReceiptCode.Normalize(code));
        });
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Normalize_CaseSpacesAndHyphens_AreForgiven()
    {
        var code = ReceiptCode.New();
        var compact = code.Replace("-", string.Empty, StringComparison.Ordinal);

        Assert.Equal(code, ReceiptCode.Normalize(compact.ToLowerInvariant()));
        Assert.Equal(code, ReceiptCode.Normalize($" {compact[..3]} {compact[3..7]}-{compact[7..]} "));
        Assert.Equal(code, ReceiptCode.Normalize(string.Join("-", compact.ToCharArray())));
    }

    [Fact]
    public void Normalize_AnySingleCharacterChanged_IsRefused()
    {
        for (var i = 0; i < 200; i++)
        {
            var compact = ReceiptCode.New().Replace("-", string.Empty, StringComparison.Ordinal);
            for (var position = 0; position < compact.Length; position++)
            {
                foreach (var other in Alphabet.Where(c => c != compact[position]))
                {
                    var changed = compact[..position] + other + compact[(position + 1)..];
                    Assert.Null(ReceiptCode.Normalize(changed));
                }
            }
        }
    }

    [Fact]
    public void Normalize_TwoDifferentNeighboursSwapped_IsRefused()
    {
        for (var i = 0; i < 500; i++)
        {
            var compact = ReceiptCode.New().Replace("-", string.Empty, StringComparison.Ordinal);
            for (var position = 0; position < compact.Length - 1; position++)
            {
                if (compact[position] != compact[position + 1])
                {
                    var swapped = compact[..position] + compact[position + 1] + compact[position] + compact[(position + 2)..];
                    Assert.Null(ReceiptCode.Normalize(swapped));
                }
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDE")]
    [InlineData("ABCDE-FGHJK-M")]
    [InlineData("0OIL1-23456")]
    public void Normalize_NotAReceiptCode_IsNull(string? typed) => Assert.Null(ReceiptCode.Normalize(typed));
}
