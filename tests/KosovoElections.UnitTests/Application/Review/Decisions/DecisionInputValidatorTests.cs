using KosovoElections.Application.Review.Decisions;
using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Application.Review.Decisions;

/// <summary>What a decision needs before it is saved: the form shows these messages, the use case refuses on them.</summary>
public sealed class DecisionInputValidatorTests
{
    private static readonly DecisionInputValidator Validator = new();

    [Fact]
    public void Approve_NeedsNothingMore() =>
        Assert.Empty(Messages(new DecisionInput { Kind = DecisionKind.Approve }));

    [Fact]
    public void NoChoice_IsRefused() =>
        Assert.Equal([DecisionInputValidator.KindRequired], Messages(new DecisionInput()));

    [Theory]
    [InlineData(DecisionKind.Reject)]
    [InlineData(DecisionKind.RequestCorrection)]
    public void AgainstTheApplicant_NeedsAReason(DecisionKind kind) =>
        Assert.Contains(DecisionInputValidator.ReasonsRequired, Messages(new DecisionInput { Kind = kind, Steps = [ApplicationStep.Selfie] }));

    [Fact]
    public void Other_NeedsWords_OfAtMost2000Characters()
    {
        Assert.Equal([DecisionInputValidator.OtherNeedsText], Messages(new DecisionInput { Kind = DecisionKind.Reject, Reasons = [DecisionReason.Other], ReasonText = "  " }));
        Assert.Equal([DecisionInputValidator.TextTooLong], Messages(new DecisionInput { Kind = DecisionKind.Reject, Reasons = [DecisionReason.Other], ReasonText = new string('x', 2001) }));
        Assert.Empty(Messages(new DecisionInput { Kind = DecisionKind.Reject, Reasons = [DecisionReason.Other], ReasonText = new string('x', 2000) }));
    }

    [Fact]
    public void Correction_NeedsAStepTheApplicantCanRedo()
    {
        var reasons = new HashSet<DecisionReason> { DecisionReason.FaceNotVisible };

        Assert.Equal([DecisionInputValidator.StepsRequired], Messages(new DecisionInput { Kind = DecisionKind.RequestCorrection, Reasons = reasons }));
        Assert.Equal([DecisionInputValidator.StepsRequired], Messages(new DecisionInput { Kind = DecisionKind.RequestCorrection, Reasons = reasons, Steps = [ApplicationStep.CheckAnswers] }));
        Assert.Empty(Messages(new DecisionInput { Kind = DecisionKind.RequestCorrection, Reasons = reasons, Steps = [ApplicationStep.Selfie] }));
    }

    [Fact]
    public void Note_HasAtMostTheNotesLength() =>
        Assert.Equal([DecisionInputValidator.NoteTooLong], Messages(new DecisionInput { Kind = DecisionKind.Approve, Note = new string('n', ReviewNote.MaxLength + 1) }));

    private static List<string> Messages(DecisionInput input) => [.. Validator.Validate(input).Errors.Select(e => e.ErrorMessage)];
}
