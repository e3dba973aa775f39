using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;

namespace KosovoElections.EndToEndTests.StartPage;

/// <summary>One Chromium and one host with an open election for every start page test; each test has its own context.</summary>
[CollectionDefinition(Name)]
public sealed class StartPageCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<OpenElectionSite>
{
    public const string Name = "Start page in Chromium";

    /// <summary>
    /// A voter abroad: a German browser in Berlin unless told otherwise. The site offers no German, so without a cookie it
    /// answers in Albanian.
    /// </summary>
    public static BrowserNewContextOptions Voter(OpenElectionSite site, string timeZone = "Europe/Berlin") =>
        new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = timeZone };
}
