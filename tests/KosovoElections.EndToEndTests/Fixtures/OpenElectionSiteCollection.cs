namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// One Chromium and one host with an open election for every browser test, so that the small shared machines start
/// each only once; each test has its own browser context (<see cref="OpenElectionSite.Voter"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class OpenElectionSiteCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<OpenElectionSite>
{
    public const string Name = "Open election site in Chromium";
}
