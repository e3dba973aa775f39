namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>A signed-in applicant's pages in a Chromium with a fake camera, over the production host with an open election.</summary>
[CollectionDefinition(Name)]
public sealed class ApplicantCameraCollection : ICollectionFixture<FakeCameraChromium>, ICollectionFixture<OpenElectionSite>
{
    public const string Name = "Applicant pages in Chromium with a fake camera";
}
