using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Apply.Capture;

namespace KosovoElections.ComponentTests.Apply;

/// <summary>Where each page of the documents step leads: the next document page still to do, then the next step.</summary>
public sealed class DocumentPagesTests
{
    [Fact]
    public void After_IdCardFront_GoesOnToItsBack() =>
        Assert.Equal("/apply/documents/identity-back", DocumentPages.After(DocumentPage.IdentityDocument, [Photo(DocumentKind.IdDocument, DocumentSubtype.IdCardFront)], Draft()));

    [Fact]
    public void After_Passport_GoesOnToTheSelfieHoldingIt() =>
        Assert.Equal("/apply/documents/selfie-with-id", DocumentPages.After(DocumentPage.IdentityDocument, [Photo(DocumentKind.IdDocument, DocumentSubtype.Passport)], Draft()));

    [Fact]
    public void After_ProofOfAddressWithTheIdentityDocumentStillToDo_WrapsRoundToIt() =>
        Assert.Equal("/apply/documents/identity", DocumentPages.After(DocumentPage.ProofOfAddress, [Photo(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill)], Draft()));

    [Fact]
    public void After_EveryDocumentPhotographed_GoesToTheNextStep() =>
        Assert.Equal("/apply/check", DocumentPages.After(DocumentPage.ProofOfAddress,
            [Photo(DocumentKind.IdDocument, DocumentSubtype.Passport), Photo(DocumentKind.SelfieWithId), Photo(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill)], Draft()));

    [Fact]
    public void Before_SelfieWithIdAfterAPassport_GoesBackToTheIdentityDocumentNotACardsBack() =>
        Assert.Equal("/apply/documents/identity", DocumentPages.Before(DocumentPage.SelfieWithId, [Photo(DocumentKind.IdDocument, DocumentSubtype.Passport)]));

    private static CapturedDocument Photo(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) => new(Guid.NewGuid(), kind, subtype, DateTime.UtcNow);

    // Every step but the documents done: after them comes checking the answers.
    private static MyApplication Draft()
    {
        var all = Enum.GetValues<ApplicationStep>();
        return new(Guid.NewGuid(), "Blerta", "Shala", new ElectionName("Zgjedhjet 2027", "Izbori 2027", "Elections 2027"), DateTime.UtcNow.AddDays(30), ApplicationStatus.Draft, ApplicationStep.Documents, null, null)
        {
            RegistrationOpen = true,
            Steps = all.Select(s => new StepProgress(s, s is ApplicationStep.Documents or ApplicationStep.CheckAnswers ? StepState.ToDo : StepState.Completed)).ToList(),
        };
    }
}
