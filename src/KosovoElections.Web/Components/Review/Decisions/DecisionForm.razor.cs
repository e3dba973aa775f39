using FluentValidation;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace KosovoElections.Web.Components.Review.Decisions;

public sealed partial class DecisionForm
{
    /// <summary>The page's id of each field, which the error summary links to.</summary>
    internal static readonly IReadOnlyDictionary<string, string> FieldIds = new Dictionary<string, string>
    {
        [nameof(DecisionInput.Kind)] = "decision-kind",
        [nameof(DecisionInput.Reasons)] = "decision-reasons",
        [nameof(DecisionInput.ReasonText)] = "decision-reason-text",
        [nameof(DecisionInput.Steps)] = "decision-steps",
        [nameof(DecisionInput.Note)] = "decision-note",
    };

    private bool _stepsTouched;
    private bool _saving;
    private ElementReference _summaryBox;
    private ElementReference _confirmPanel;

    // GOV.UK: after a refused submit the summary takes the focus; a rejection's second question takes it too. Resolved
    // after the render, when the element it names exists.
    private Func<ElementReference>? _focusNext;

    [Parameter, EditorRequired]
    public Guid ApplicationId { get; set; }

    /// <summary>The application's concurrency token when the reviewer opened it; a decision on a changed application is refused.</summary>
    [Parameter, EditorRequired]
    public Guid Version { get; set; }

    [Parameter, EditorRequired]
    public ApplicationStatus Status { get; set; }

    /// <summary>After a decision is saved, with the status it led to.</summary>
    [Parameter]
    public EventCallback<ApplicationStatus> OnDecided { get; set; }

    internal DecisionInput Input { get; private set; } = new();

    internal bool Confirming { get; private set; }

    internal DecisionStatus? Refusal { get; private set; }

    [Inject]
    private IValidator<DecisionInput> Validator { get; set; } = default!;

    // The save path's services are resolved only when a decision is saved: the form renders and validates without a database.
    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    private Dictionary<string, string> FieldErrors { get; } = [];

    private List<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>The choices: the reviewer's on an application in review, the supervisor's on a pending rejection.</summary>
    private IReadOnlyList<DecisionKind> Kinds => Status == ApplicationStatus.RejectionPending
        ? [DecisionKind.ConfirmRejection, DecisionKind.Approve, DecisionKind.RequestCorrection]
        : [DecisionKind.Approve, DecisionKind.Reject, DecisionKind.RequestCorrection];

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusNext?.Invoke() is { Context: not null } focus)
        {
            _focusNext = null;
            await focus.FocusAsync();
        }

        if (firstRender)
        {
            await StartKeyboardAsync();
        }
    }

    private string? ErrorClass(string field) => FieldErrors.ContainsKey(field) ? "form-group--error" : null;

    private void Choose(DecisionKind kind)
    {
        Input.Kind = kind;
        Refusal = null;
        if (kind == DecisionKind.RequestCorrection)
        {
            ReasonsChanged();
        }
    }

    private void ReasonsChanged()
    {
        if (!_stepsTouched)
        {
            Input.Steps = [.. CorrectionSteps.For(Input.Reasons).Where(DecisionInput.CorrectableSteps.Contains)];
        }
    }

    private void Back() => Confirming = false;

    private async Task SubmitAsync()
    {
        if (_saving)
        {
            return;
        }

        if (!Validate())
        {
            _focusNext = () => _summaryBox;
            return;
        }

        // A wrong rejection is hard to take back: the reviewer sees what the applicant will read and says yes once more.
        if (Input.Kind is DecisionKind.Reject or DecisionKind.ConfirmRejection && !Confirming)
        {
            Confirming = true;
            _focusNext = () => _confirmPanel;
            return;
        }

        _saving = true;
        try
        {
            await SaveAsync();
        }
        finally
        {
            _saving = false;
            Confirming = false;
        }
    }

    private async Task SaveAsync()
    {
        if (await Services.GetRequiredService<CurrentStaff>().GetAsync() is not { } staff)
        {
            Refusal = DecisionStatus.NotPermitted;
            return;
        }

        var result = await Services.GetRequiredService<DecideApplication>().HandleAsync(new DecideCommand(staff, ApplicationId, Version, Input));
        if (result is { Status: DecisionStatus.Decided, NewStatus: { } status })
        {
            Input = new DecisionInput();
            _stepsTouched = false;
            await OnDecided.InvokeAsync(status);
            return;
        }

        Refusal = result.Status;
    }

    private bool Validate()
    {
        FieldErrors.Clear();
        Errors.Clear();
        foreach (var error in Validator.Validate(Input).Errors.Where(e => FieldIds.ContainsKey(e.PropertyName)))
        {
            if (FieldErrors.TryAdd(error.PropertyName, T[error.ErrorMessage]))
            {
                Errors.Add(new(FieldIds[error.PropertyName], T[error.ErrorMessage]));
            }
        }

        Errors.Sort((a, b) => FieldOrder(a.Key).CompareTo(FieldOrder(b.Key)));
        return Errors.Count == 0;
    }

    private static int FieldOrder(string id) => FieldIds.Values.ToList().IndexOf(id);
}
