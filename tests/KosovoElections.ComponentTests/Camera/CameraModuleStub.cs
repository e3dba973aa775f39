using KosovoElections.Web.Components.Shared.Camera;
using Microsoft.JSInterop;

namespace KosovoElections.ComponentTests.Camera;

/// <summary>
/// Stands in for CameraCapture.razor.js: a bUnit module setup answers each function as a working camera would (one
/// camera, no problem), and each test overrides the answer it is about. The import of the real path hands out the
/// module through <see cref="TrackedModule"/> so that a test can see it disposed, which bUnit's own module does not show.
/// </summary>
internal sealed class CameraModuleStub
{
    private const string StubName = "camera-module-stub";

    public CameraModuleStub(BunitJSInterop interop)
    {
        Interop = interop.SetupModule(StubName);
        Module = new TrackedModule(interop.JSRuntime.InvokeAsync<IJSObjectReference>("import", StubName).AsTask().Result);
        interop.AddInvocationHandler(new ImportHandler(Module));

        Interop.Setup<CameraCapture.CameraReadiness>("readiness", _ => true).SetResult(new CameraCapture.CameraReadiness(null, false));
        Start = Interop.Setup<CameraCapture.CameraStart>("start", _ => true);
        Start.SetResult(new CameraCapture.CameraStart(null, 1));
        Interop.Setup<CameraCapture.CameraStart>("switchCamera", _ => true).SetResult(new CameraCapture.CameraStart(null, 2));
        Interop.SetupVoid("capture", _ => true).SetVoidResult();
        Interop.SetupVoid("retake", _ => true).SetVoidResult();
        Interop.SetupVoid("stop", _ => true).SetVoidResult();
    }

    public BunitJSModuleInterop Interop { get; }

    public TrackedModule Module { get; }

    public JSRuntimeInvocationHandler<CameraCapture.CameraStart> Start { get; }

    /// <summary>What takePhoto hands to .NET: <paramref name="photo"/>, or (null) an answer still on its way.</summary>
    public JSRuntimeInvocationHandler<IJSStreamReference> TakePhoto(IJSStreamReference? photo = null)
    {
        var handler = Interop.Setup<IJSStreamReference>("takePhoto", _ => true);
        if (photo is not null)
        {
            handler.SetResult(photo);
        }

        return handler;
    }

    public int Calls(string identifier) => Interop.Invocations[identifier].Count;

    /// <summary>Answers the component's import of its module with <see cref="Module"/>.</summary>
    private sealed class ImportHandler : JSRuntimeInvocationHandlerBase<IJSObjectReference>
    {
        public ImportHandler(IJSObjectReference module)
            : base(i => i.Identifier == "import" && i.Arguments is [CameraCapture.ModulePath], isCatchAllHandler: false) => SetResultBase(module);
    }

    /// <summary>Passes every call to bUnit's module and remembers being disposed.</summary>
    internal sealed class TrackedModule(IJSObjectReference inner) : IJSObjectReference
    {
        public bool Disposed { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => inner.InvokeAsync<TValue>(identifier, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            inner.InvokeAsync<TValue>(identifier, cancellationToken, args);

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return inner.DisposeAsync();
        }
    }
}
