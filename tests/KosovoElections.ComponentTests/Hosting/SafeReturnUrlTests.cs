using KosovoElections.Web.Hosting;

namespace KosovoElections.ComponentTests.Hosting;

/// <summary>The one open-redirect check: only a path on this site is followed, whatever a browser would make of the rest.</summary>
public sealed class SafeReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/apply")]
    [InlineData("/apply/email/code?resent=true")]
    [InlineData("/apply/continue/abc-DEF_123")]
    [InlineData("/office/documents?x=%20y")]
    public void Or_PathOnThisSite_IsFollowed(string url) => Assert.Equal(url, SafeReturnUrl.Or(url, "/fallback"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/apply\\..\\evil")]
    [InlineData("http://evil.example")]
    [InlineData("https://evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0d%0a/evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("apply")]
    [InlineData("./apply")]
    [InlineData("../apply")]
    [InlineData("~/apply")]
    [InlineData(" /apply")]
    public void Or_AnythingElse_GivesTheFallback(string? url) => Assert.Equal("/fallback", SafeReturnUrl.Or(url, "/fallback"));

    [Theory]
    [InlineData("/office", "/office")]
    [InlineData("/office/documents/1/image", "/office/documents/1/image")]
    [InlineData("/apply", "/office")]
    [InlineData("/", "/office")]
    [InlineData("//evil.example/office", "/office")]
    [InlineData("/\t/office", "/office")]
    [InlineData(null, "/office")]
    public void Within_Office_KeepsOnlyOfficePaths(string? url, string expected) => Assert.Equal(expected, SafeReturnUrl.Within(url, "/office"));
}
