using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Web.Components.Apply;

namespace KosovoElections.ComponentTests.SignIn;

/// <summary>
/// The proof-of-work step of a contested sign-in: what the worker needs (salt, difficulty, token), its texts in the
/// reader's language for the progress and the live region, and the explanation for a browser without JavaScript.
/// </summary>
public sealed class SignInChallengeFieldsTests : LocalizedComponentTest
{
    private static readonly SignInChallenge Challenge = new("token-abc", "00112233445566778899aabbccddeeff", 15);

    [Theory]
    [InlineData("sq", "Po kontrollojmë që nuk jeni robot…", "Ky kontroll ka nevojë për JavaScript")]
    [InlineData("sr-Latn", "Proveravamo da niste robot…", "Za ovu proveru potreban je JavaScript")]
    [InlineData("en", "Checking that you are not a robot…", "This check needs JavaScript")]
    public void Render_GivesTheWorkerItsChallengeAndTextsInTheReadersLanguage(string culture, string working, string noScript)
    {
        using var _ = InCulture(culture);

        var fields = Render<SignInChallengeFields>(p => p.Add(c => c.Challenge, Challenge));

        var box = fields.Find("[data-testid=sign-in-challenge]");
        Assert.Equal(Challenge.Salt, box.GetAttribute("data-salt"));
        Assert.Equal("15", box.GetAttribute("data-difficulty"));
        Assert.Equal(working, box.GetAttribute("data-working"));
        Assert.Contains(noScript, fields.Find("noscript").InnerHtml, StringComparison.Ordinal);
        Assert.Equal("token-abc", fields.Find("input[name='Form.Challenge']").GetAttribute("value"));
        Assert.Equal(string.Empty, fields.Find("input[name='Form.Nonce']").GetAttribute("value"));
        Assert.EndsWith("js/proof-of-work.js", fields.Find("script").GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnnouncesProgressInAnEmptyPoliteLiveRegionAndHidesTheVisibleCopyFromScreenReaders()
    {
        var fields = Render<SignInChallengeFields>(p => p.Add(c => c.Challenge, Challenge));

        var status = fields.Find("[role=status]");
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Contains("visually-hidden", status.ClassList);
        Assert.Equal(string.Empty, status.TextContent);
        var progress = fields.Find("[data-proof-of-work-progress]");
        Assert.Equal("true", progress.GetAttribute("aria-hidden"));
        Assert.True(progress.HasAttribute("hidden"));
    }
}
