namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// A Chromium whose camera films <see cref="FakeCameraVideo"/> and which allows the camera without asking. A test that
/// needs another answer (denied, an in-app browser) changes it in its own context.
/// </summary>
public sealed class FakeCameraChromium : ChromiumFixture
{
    private readonly string _video = Path.Combine(Path.GetTempPath(), $"ke-fake-camera-{Guid.NewGuid():N}.y4m");

    protected override IEnumerable<string> ExtraArguments =>
        ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + _video];

    public override async Task InitializeAsync()
    {
        FakeCameraVideo.Write(_video);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_video);
    }
}
