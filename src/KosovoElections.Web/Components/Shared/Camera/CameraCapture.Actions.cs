using Microsoft.JSInterop;

namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>
/// What the voter does with the camera (start, switch, capture, retake, use) and how every browser call is guarded:
/// each action first checks the state it is allowed in, so repeated or replayed taps do nothing.
/// </summary>
public sealed partial class CameraCapture
{
    private async Task StartAsync()
    {
        if (_module is null || _state is CameraState.Starting)
        {
            return;
        }

        (_problem, _result, _captureProblem, _hint) = (null, null, null, null);
        _state = CameraState.Starting;
        _self ??= DotNetObjectReference.Create(this);
        await Guarded(async token => Started(await _module.InvokeAsync<CameraStart?>("start", token, _video, FacingMode, _self)));
        _moveFocus = true;
    }

    private async Task SwitchAsync()
    {
        if (_module is null || _state != CameraState.Streaming)
        {
            return;
        }

        (_state, _hint, _switching) = (CameraState.Starting, null, true);
        await Guarded(async token => Started(await _module.InvokeAsync<CameraStart?>("switchCamera", token, _video)));
        (_switching, _moveFocus) = (false, true);
    }

    private async Task CaptureAsync()
    {
        if (_module is null || _state != CameraState.Streaming)
        {
            return;
        }

        await Guarded(async token =>
        {
            await _module.InvokeVoidAsync("capture", token, _video, _preview);
            _state = CameraState.Preview;
        });
        _moveFocus = true;
    }

    private async Task RetakeAsync()
    {
        if (_module is null || _state is not (CameraState.Preview or CameraState.Done))
        {
            return;
        }

        (_result, _captureProblem) = (null, null);
        if (!_cameraOn)
        {
            await StartAsync();
            return;
        }

        _state = CameraState.Streaming;
        await Guarded(token => _module.InvokeVoidAsync("retake", token, _video, _preview).AsTask());
        _moveFocus = true;
    }

    private async Task UseAsync()
    {
        // The state changes before the first await, so a second tap while this one runs does nothing.
        if (_module is null || _state != CameraState.Preview)
        {
            return;
        }

        _state = CameraState.Uploading;
        await Guarded(async token =>
        {
            var photo = await _module.InvokeAsync<IJSStreamReference?>("takePhoto", token, _video);
            var (jpeg, problem) = await CapturedJpeg.ReadAsync(photo, token);
            if (problem is null)
            {
                _result = await HandOverAsync(jpeg);
                if (_result.Accepted)
                {
                    await StopCameraAsync(token);
                }
            }

            _captureProblem = problem;
            _state = CameraState.Done;
        });
        _moveFocus = true;
    }

    private async Task<CaptureResult> HandOverAsync(Memory<byte> jpeg)
    {
        try
        {
            return await OnCaptured(new CaptureUpload(Mode, jpeg)) ?? CaptureResult.Refuse(T["CaptureFailed"]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogError(e, "The page could not take the {Mode} photo", Mode);
            return CaptureResult.Refuse(T["CaptureFailed"]);
        }
        finally
        {
            jpeg.Span.Clear();
        }
    }

    private async Task StopCameraAsync(CancellationToken token)
    {
        _cameraOn = false;
        _hint = null;
        await _module!.InvokeVoidAsync("stop", token, _video);
    }

    private void Started(CameraStart? started)
    {
        if (started is null || CameraProblems.FromModule(started.Error) is not null)
        {
            Fail(CameraProblems.FromModule(started?.Error) ?? CameraProblem.Other);
            return;
        }

        _cameraOn = true;
        _cameras = Math.Clamp(started.Cameras, 0, 16);
        _state = CameraState.Streaming;
    }

    private void Fail(CameraProblem problem)
    {
        _problem = problem;
        _cameraOn = false;
        _hint = null;
        _state = CameraState.Unavailable;
    }

    /// <summary>Runs a step that talks to the browser; a failing or misbehaving browser ends in the generic camera message.</summary>
    private async Task Guarded(Func<CancellationToken, Task> step)
    {
        try
        {
            await step(_disposal.Token);
        }
        catch (Exception e) when (e is JSException or TaskCanceledException && !_disposal.IsCancellationRequested)
        {
            Logger.LogWarning(e, "The camera module failed");
            Fail(CameraProblem.Other);
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            // The voter left the page: nothing to show.
        }
    }
}
