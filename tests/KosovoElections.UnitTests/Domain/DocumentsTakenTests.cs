using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

public sealed class DocumentsTakenTests
{
    private static readonly DateTime Start = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null)]
    [InlineData(DocumentSubtype.IdCardFront, DocumentSubtype.IdCardFront)]
    [InlineData(DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack)]
    [InlineData(DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack, DocumentSubtype.IdCardFront)]
    [InlineData(DocumentSubtype.Passport, DocumentSubtype.Passport)]
    [InlineData(DocumentSubtype.IdCardFront, DocumentSubtype.Passport, DocumentSubtype.IdCardFront)]
    [InlineData(DocumentSubtype.DrivingLicence, DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack, DocumentSubtype.DrivingLicence)]
    public void IdentityDocumentType_IsTheOneChosenLast_AnIdCardByItsFront(DocumentSubtype? expected, params DocumentSubtype[] taken)
    {
        Assert.Equal(expected, Identity(taken).IdentityDocumentType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(false, DocumentSubtype.IdCardFront)]
    [InlineData(false, DocumentSubtype.IdCardBack)]
    [InlineData(true, DocumentSubtype.IdCardFront, DocumentSubtype.IdCardBack)]
    [InlineData(true, DocumentSubtype.IdCardBack, DocumentSubtype.IdCardFront)]
    [InlineData(true, DocumentSubtype.Passport)]
    [InlineData(false, DocumentSubtype.Passport, DocumentSubtype.IdCardFront)]
    [InlineData(true, DocumentSubtype.IdCardFront, DocumentSubtype.Passport)]
    public void HasIdentityDocument_OnlyWhenTheChosenDocumentIsWhole(bool whole, params DocumentSubtype[] taken)
    {
        Assert.Equal(whole, Identity(taken).HasIdentityDocument);
    }

    [Fact]
    public void AreWhole_NeedsTheSelfieWithTheDocumentAndTheProofOfAddressToo()
    {
        PhotoTaken[] card = [new(DocumentKind.IdDocument, DocumentSubtype.IdCardFront, Start), new(DocumentKind.IdDocument, DocumentSubtype.IdCardBack, Start)];
        PhotoTaken withId = new(DocumentKind.SelfieWithId, DocumentSubtype.None, Start);
        PhotoTaken proof = new(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, Start);

        Assert.False(new DocumentsTaken([.. card, withId]).AreWhole);
        Assert.False(new DocumentsTaken([.. card, proof]).AreWhole);
        Assert.False(new DocumentsTaken([card[0], withId, proof]).AreWhole);
        Assert.True(new DocumentsTaken([.. card, withId, proof]).AreWhole);
    }

    /// <summary>Identity document photos taken one minute apart, in this order.</summary>
    private static DocumentsTaken Identity(DocumentSubtype[] taken) =>
        new(taken.Select((subtype, i) => new PhotoTaken(DocumentKind.IdDocument, subtype, Start.AddMinutes(i))));
}
