using KosovoElections.Application.Documents;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>
/// Takes one photo with the browser's camera and hands it to <see cref="OnCaptured"/> once per "Use this photo". The
/// photo stays in the browser until then and is not kept here after the handler returns. Everything the browser answers
/// is checked (T-BZ-03): unknown words, wrong types, empty, huge or non-JPEG streams end in a message, never a crash.
/// </summary>
public sealed partial class CameraCapture : IAsyncDisposable
{
    internal const string ModulePath = "./Components/Shared/Camera/CameraCapture.razor.js";

    private readonly CancellationTokenSource _disposal = new();
    private IJSObjectReference? _module;
    private DotNetObjectReference<CameraCapture>? _self;
    private ElementReference _video;
    private ElementReference _preview;
    private ElementReference _startButton;
    private ElementReference _captureButton;
    private ElementReference _useButton;
    private ElementReference _retakeButton;
    private CameraState _state;
    private CameraProblem? _problem;
    private CameraHint? _hint;
    private int _cameras;
    private bool _cameraOn;
    private CaptureResult? _result;
    private CaptureProblem? _captureProblem;
    private bool _switching;

    // Set by an action the voter took: after the next render the focus goes to the control that replaced the one pressed.
    private bool _moveFocus;

    /// <summary>Selfie (front camera, face oval) or Document (rear camera, card frame).</summary>
    [Parameter]
    public CaptureMode Mode { get; set; }

    /// <summary>What to photograph and how, in the page's language.</summary>
    [Parameter]
    public string? Label { get; set; }

    /// <summary>Receives each photo the voter chose to use and answers with what to show: thumbnail and verdict, or why not.</summary>
    [Parameter, EditorRequired]
    public Func<CaptureUpload, Task<CaptureResult>> OnCaptured { get; set; } = default!;

    /// <summary>Shown with the "no camera here" message: how to carry on on a phone (a QR code and a link).</summary>
    [Parameter]
    public RenderFragment? PhoneHandOff { get; set; }

    /// <summary>The id of the camera's main control, whichever it is now (turn on, take, use, take again): an error links to it.</summary>
    [Parameter]
    public string? ControlId { get; set; }

    /// <summary>The id of a message about this photo (an error of the page), read with the main control.</summary>
    [Parameter]
    public string? DescribedBy { get; set; }

    /// <summary>The page has its own primary button (Continue), so every button of the camera is a secondary one.</summary>
    [Parameter]
    public bool Secondary { get; set; }

    /// <summary>A photo was taken but is not used yet: leaving now would lose it.</summary>
    public bool HoldsUnusedPhoto => _state is CameraState.Preview or CameraState.Uploading;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Text> T { get; set; } = default!;

    [Inject]
    private ILogger<CameraCapture> Logger { get; set; } = default!;

    private string FacingMode => Mode == CaptureMode.Selfie ? "user" : "environment";

    private string VideoLabel => T[Mode == CaptureMode.Selfie ? "CameraVideoSelfie" : "CameraVideoDocument"];

    private string? StatusKey => _state switch
    {
        // Before the circuit is up the button cannot work yet; say so rather than show a faded button alone.
        CameraState.Idle => _module is null ? "CameraConnecting" : "CameraIdle",
        CameraState.Starting => "CameraStarting",
        CameraState.Streaming => "CameraReady",
        CameraState.Preview => "CameraPreviewCheck",
        CameraState.Uploading => "CameraUploading",
        _ => null,
    };

    /// <summary>
    /// What js/camera-early.js needs to make the prerendered "Turn on the camera" work before the circuit is up (decision
    /// 0019): the module's address, the camera to open and the status texts. Only for a camera with a <see cref="ControlId"/>,
    /// by which the component finds the camera again when it adopts it.
    /// </summary>
    private Dictionary<string, object>? EarlyStart => _module is null && _state == CameraState.Idle && ControlId is not null
        ? new()
        {
            ["data-camera-early"] = ModuleAsset.Resolve(Assets, ModulePath),
            ["data-facing"] = FacingMode,
            ["data-idle"] = T["CameraIdle"].Value,
            ["data-starting"] = T["CameraStarting"].Value,
            ["data-failed"] = T["CameraError"].Value,
        }
        : null;

    private string? RefusalMessage => _captureProblem switch
    {
        CaptureProblem.TooLarge => T["CaptureTooLarge", ImageLimits.MaxBytes / (1024 * 1024)],
        CaptureProblem.Empty => T["CaptureEmpty"],
        CaptureProblem.NotJpeg => T["CaptureNotJpeg"],
        CaptureProblem.Unreadable => T["CaptureFailed"],
        _ => _result is { Accepted: false } refused ? refused.Message ?? T["CaptureFailed"] : null,
    };

    /// <summary>Called by the module when the live picture becomes too dark or blurry, or fine again ("").</summary>
    [JSInvokable]
    public Task OnHint(string? hint)
    {
        CameraHint? next = hint switch { "dark" => CameraHint.Dark, "blurry" => CameraHint.Blurry, _ => null };
        if (next == _hint)
        {
            return Task.CompletedTask;
        }

        _hint = next;
        return InvokeAsync(StateHasChanged);
    }

    /// <summary>Called by the module when the camera stops by itself: unplugged, or taken by a call or another app.</summary>
    [JSInvokable]
    public Task OnCameraLost()
    {
        _cameraOn = false;
        if (_state is not (CameraState.Streaming or CameraState.Starting))
        {
            return Task.CompletedTask;
        }

        Fail(CameraProblem.Busy);
        return InvokeAsync(StateHasChanged);
    }

    public async ValueTask DisposeAsync()
    {
        await _disposal.CancelAsync();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop", _video);
                await _module.DisposeAsync();
            }
            catch (Exception e) when (e is JSDisconnectedException or JSException or TaskCanceledException)
            {
                // The page is gone; the module also stops the camera when its video leaves the document.
            }
        }

        _self?.Dispose();
        _disposal.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            await MoveFocusAsync();
            return;
        }

        await Guarded(async token =>
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", token, ModuleAsset.Resolve(Assets, ModulePath));
            // One question, one round trip: on a slow connection each costs the voter a fraction of a second.
            var readiness = await _module.InvokeAsync<CameraReadiness>("readiness", token, ControlId);
            if (CameraProblems.FromModule(readiness.Problem) is { } problem)
            {
                Fail(problem);
            }
            else if (readiness.Early && ControlId is { } control)
            {
                await AdoptAsync(control, token);
            }
        });
        StateHasChanged();
    }

    /// <summary>
    /// Takes over the camera the voter turned on before the circuit was up (js/camera-early.js): starting until it runs,
    /// then streaming in this component's video, or the problem it met; the focus stays on the camera's control.
    /// </summary>
    private async Task AdoptAsync(string control, CancellationToken token)
    {
        (_state, _moveFocus) = (CameraState.Starting, true);
        _self ??= DotNetObjectReference.Create(this);
        StateHasChanged();
        Started(await _module!.InvokeAsync<CameraStart?>("adoptEarly", token, control, _video, _self));
        _moveFocus = true;
    }

    private string ButtonClass(bool primary) => primary && !Secondary ? "button" : "button button--secondary";

    /// <summary>
    /// Keeps the keyboard focus on the camera once an action has ended and the pressed button gave way to the next one
    /// (WCAG 2.4.3); the status line says what changed.
    /// </summary>
    private async Task MoveFocusAsync()
    {
        if (!_moveFocus)
        {
            return;
        }

        _moveFocus = false;
        ElementReference? next = _state switch
        {
            CameraState.Idle => _startButton,
            CameraState.Starting when !_switching => _startButton,
            CameraState.Unavailable when _problem?.CanRetry() == true => _startButton,
            CameraState.Streaming => _captureButton,
            CameraState.Preview => _useButton,
            CameraState.Done => _retakeButton,
            _ => null,
        };
        if (next is not { Context: not null } control)
        {
            return;
        }

        try
        {
            await control.FocusAsync();
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // The voter moved on (or left) before the focus arrived: nothing to fix.
        }
    }

    /// <summary>The module's answer to start and switchCamera.</summary>
    internal sealed record CameraStart(string? Error, int Cameras);

    /// <summary>The module's first answer: why the browser cannot use the camera at all (or null), and whether the page's own button started one early.</summary>
    internal sealed record CameraReadiness(string? Problem, bool Early);

    private enum CameraState
    {
        Idle,
        Starting,
        Streaming,
        Preview,
        Uploading,
        Done,
        Unavailable,
    }

    private enum CameraHint
    {
        Dark,
        Blurry,
    }
}
