using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

/// <summary>A proof of address has pages 1 to 3 (SPEC §4 step 7); every other photo is a single page.</summary>
public sealed class DocumentPageTests
{
    private static readonly ImageFacts Facts = new(1200, 1600, new string('a', 64), 0, 120, 200);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void New_ProofOfAddressPageWithinThree_IsThatPage(int page) =>
        Assert.Equal(page, Photo(DocumentKind.ProofOfAddress, page).PageNumber);

    [Theory]
    [InlineData(DocumentKind.ProofOfAddress, 4)]
    [InlineData(DocumentKind.ProofOfAddress, 0)]
    [InlineData(DocumentKind.IdDocument, 2)]
    public void New_PageOutsideItsDocument_IsRefused(DocumentKind kind, int page) =>
        Assert.Throws<DomainException>(() => Photo(kind, page));

    [Fact]
    public void MoveToPage_AfterTheLast_IsRefused() =>
        Assert.Throws<DomainException>(() => Photo(DocumentKind.ProofOfAddress, 3).MoveToPage(4));

    private static Document Photo(DocumentKind kind, int page) =>
        new(Guid.NewGuid(), kind, DocumentSubtype.UtilityBill, DateTime.UtcNow, Facts, "image", "thumbnail", page);
}
