using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

public sealed class ReferenceNumberTests
{
    [Fact]
    public void New_IsWellFormedValidAndVaried()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => ReferenceNumber.New()).ToList();
        Assert.All(references, r =>
        {
            Assert.Matches("^KE-[2-9A-HJKMNP-Z]{8}$", r);
            Assert.True(ReferenceNumber.IsValid(r));
        });
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public void IsValid_AnySingleCharacterChanged_IsCaught()
    {
        var reference = ReferenceNumber.New();
        for (var position = 3; position < reference.Length; position++)
        {
            foreach (var replacement in ReferenceNumber.Alphabet.Where(c => c != reference[position]))
            {
                var typo = reference[..position] + replacement + reference[(position + 1)..];
                Assert.False(ReferenceNumber.IsValid(typo), typo);
            }
        }
    }

    [Fact]
    public void IsValid_NeighboursSwapped_IsCaught()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var reference = ReferenceNumber.New();
            for (var position = 3; position < reference.Length - 1; position++)
            {
                if (reference[position] == reference[position + 1])
                {
                    continue;
                }

                var swapped = reference[..position] + reference[position + 1] + reference[position] + reference[(position + 2)..];
                Assert.False(ReferenceNumber.IsValid(swapped), swapped);
            }
        }
    }

    [Fact]
    public void Normalize_ForgivesCaseAndSpaces()
    {
        var reference = ReferenceNumber.New();
        Assert.Equal(reference, ReferenceNumber.Normalize(" " + reference.ToLowerInvariant().Insert(6, " ")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("KE-0000000A")]
    [InlineData("KE-ABCDEFGHIJ")]
    [InlineData("XX-23456789")]
    public void IsValid_Garbage_IsFalse(string reference) => Assert.False(ReferenceNumber.IsValid(reference));
}
