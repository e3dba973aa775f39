using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

public sealed class CorrectionStepsTests
{
    [Fact]
    public void For_SelfieAndMismatchedProof_NamesAddressAndDocumentsOnceInWizardOrder()
    {
        var steps = CorrectionSteps.For([DecisionReason.ProofOfAddressMismatch, DecisionReason.SelfieNotHoldingId, DecisionReason.IdDocumentUnreadable]);

        Assert.Equal([ApplicationStep.Address, ApplicationStep.Documents], steps);
    }

    [Fact]
    public void For_FaceNotVisible_NamesTheSelfieAndTheDocuments()
    {
        Assert.Equal([ApplicationStep.Selfie, ApplicationStep.Documents], CorrectionSteps.For([DecisionReason.FaceNotVisible]));
    }

    [Theory]
    [InlineData(DecisionReason.NotEligible)]
    [InlineData(DecisionReason.Duplicate)]
    [InlineData(DecisionReason.Other)]
    public void For_ReasonNoStepFixes_NamesNone(DecisionReason reason)
    {
        Assert.Empty(CorrectionSteps.For([reason]));
    }
}
