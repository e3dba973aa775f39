namespace KosovoElections.Domain.Applications;

/// <summary>Which steps the applicant redoes for each reason a reviewer gave (SPEC §4 step 10: "link straight to the step").</summary>
public static class CorrectionSteps
{
    /// <summary>The steps to redo, in wizard order; reasons that no step can fix (not eligible, a duplicate) name none.</summary>
    public static IReadOnlyList<ApplicationStep> For(IEnumerable<DecisionReason> reasons) =>
        reasons.SelectMany(StepsFor).Distinct().Order().ToList();

    private static ApplicationStep[] StepsFor(DecisionReason reason) => reason switch
    {
        // The selfie holding the document is captured on the documents page; the plain selfie on its own page.
        DecisionReason.SelfieNotHoldingId => [ApplicationStep.Documents],
        DecisionReason.FaceNotVisible => [ApplicationStep.Selfie, ApplicationStep.Documents],
        DecisionReason.IdDocumentUnreadable or DecisionReason.IdDocumentNotAccepted => [ApplicationStep.Documents],
        DecisionReason.ProofOfAddressMissing => [ApplicationStep.Documents],

        // The proof may be right and the typed address wrong, or the other way round.
        DecisionReason.ProofOfAddressMismatch => [ApplicationStep.Address, ApplicationStep.Documents],
        DecisionReason.PersonMismatch => [ApplicationStep.Selfie, ApplicationStep.Documents],
        _ => [],
    };
}
