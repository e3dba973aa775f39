using FluentValidation;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Review.Decisions;

/// <summary>What a reviewer (or, on a pending rejection, a supervisor) decides about one application.</summary>
[ShownToPeople]
public enum DecisionKind
{
    Approve,
    Reject,
    RequestCorrection,

    /// <summary>The second review agrees with a pending rejection.</summary>
    ConfirmRejection,
}

/// <summary>The decision as the form holds it; its validator runs in the form and again in <see cref="DecideApplication"/>.</summary>
public sealed class DecisionInput
{
    public const int MaxReasonText = 2000;

    /// <summary>The steps a reviewer may re-open: checking the answers is never one (the applicant always does it again).</summary>
    public static readonly IReadOnlyList<ApplicationStep> CorrectableSteps =
        [ApplicationStep.Selfie, ApplicationStep.Email, ApplicationStep.Address, ApplicationStep.ReturnMethod, ApplicationStep.Documents];

    public DecisionKind? Kind { get; set; }

    public HashSet<DecisionReason> Reasons { get; set; } = [];

    /// <summary>The reviewer's words to the applicant; required with <see cref="DecisionReason.Other"/>.</summary>
    public string? ReasonText { get; set; }

    public HashSet<ApplicationStep> Steps { get; set; } = [];

    /// <summary>For colleagues only; never shown to the applicant.</summary>
    public string? Note { get; set; }

    /// <summary>Whether the applicant is told why: every decision but an approval.</summary>
    public bool NeedsReasons => Kind is DecisionKind.Reject or DecisionKind.RequestCorrection;
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public const string KindRequired = "Decision_KindRequired";
    public const string ReasonsRequired = "Decision_ReasonsRequired";
    public const string OtherNeedsText = "Decision_OtherNeedsText";
    public const string TextTooLong = "Decision_TextTooLong";
    public const string StepsRequired = "Decision_StepsRequired";
    public const string NoteTooLong = "Decision_NoteTooLong";

    public DecisionInputValidator()
    {
        RuleFor(d => d.Kind).NotNull().WithMessage(KindRequired).IsInEnum().WithMessage(KindRequired);
        RuleFor(d => d.Reasons)
            .Must(r => r.Count > 0).When(d => d.NeedsReasons).WithMessage(ReasonsRequired)
            .Must(r => r.All(Enum.IsDefined)).WithMessage(ReasonsRequired);
        RuleFor(d => d.ReasonText)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).When(d => d.NeedsReasons && d.Reasons.Contains(DecisionReason.Other)).WithMessage(OtherNeedsText)
            .MaximumLength(DecisionInput.MaxReasonText).WithMessage(TextTooLong);
        RuleFor(d => d.Steps)
            .Must(s => s.Count > 0 && s.All(DecisionInput.CorrectableSteps.Contains))
            .When(d => d.Kind == DecisionKind.RequestCorrection).WithMessage(StepsRequired);
        RuleFor(d => d.Note).MaximumLength(ReviewNote.MaxLength).WithMessage(NoteTooLong);
    }
}
