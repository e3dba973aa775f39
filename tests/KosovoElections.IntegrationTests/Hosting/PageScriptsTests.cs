using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>The script that arms the camera before the circuit (decision 0019) is sent with the applicant's pages, not with the back office's, which has no camera.</summary>
public sealed class PageScriptsTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/apply/sign-in", true)]
    [InlineData("/statistics", true)]
    [InlineData("/office/sign-in", false)]
    public async Task CameraEarlyScript_OnlyOnThePublicSide(string path, bool sent)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var page = await browser.GetPageAsync(path);

        Assert.Equal(sent, page.Contains("js/camera-early", StringComparison.Ordinal));
        Assert.Contains("_framework/blazor.web", page, StringComparison.Ordinal);
    }
}
