namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>The camera bench (/dev/camera) in a Chromium with a fake camera: one browser and one host for these tests.</summary>
[CollectionDefinition(Name)]
public sealed class CameraBenchCollection : ICollectionFixture<FakeCameraChromium>, ICollectionFixture<DevelopmentSite>
{
    public const string Name = "Camera bench in Chromium with a fake camera";
}
