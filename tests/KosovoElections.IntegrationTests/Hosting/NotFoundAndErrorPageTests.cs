using System.Net;
using KosovoElections.Application.Common;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>
/// The real host over HTTP: an unknown address gets the site's own "Page not found" in the reader's language with
/// status 404 and a way back; a failure gets the site's own error page with status 500 and nothing of the exception.
/// </summary>
public sealed class NotFoundAndErrorPageTests : IAsyncLifetime
{
    private TestHost _host = default!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, nameof(NotFoundAndErrorPageTests)), new TestClock(DateTimeOffset.UtcNow));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/nope")]
    [InlineData("/apply/nope")]
    [InlineData("/office/nope")]
    [InlineData("/apply/nope/deeper/still")]
    [InlineData("/x.php")]
    [InlineData("/wp-admin/setup-config.php")]
    [InlineData("/dev/camera")]
    [InlineData("/not-found")]
    public async Task UnknownAddress_AnyPath_IsTheSitesOwnNotFoundPageWith404(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Faqja nuk u gjet – Regjistrimi i votuesve jashtë Kosovës</title>", page);
        Assert.Contains("<h1>Faqja nuk u gjet</h1>", page);
        Assert.Contains("<a href=\"/\" data-testid=\"not-found-start\">Kthehu në fillim</a>", page);
    }

    [Theory]
    [InlineData("?culture=sr-Latn", null, "sr-Latn", "Stranica nije pronađena", "Nazad na početak")]
    [InlineData(null, "en-GB,en;q=0.9", "en", "Page not found", "Back to the start page")]
    [InlineData(null, "sr-RS,sr;q=0.9", "sr-Latn", "Stranica nije pronađena", "Nazad na početak")]
    [InlineData("?culture=en", "de-DE", "en", "Page not found", "Back to the start page")]
    [InlineData(null, "de-DE,de;q=0.9", "sq", "Faqja nuk u gjet", "Kthehu në fillim")]
    public async Task UnknownAddress_InEachLanguage_SaysNotFoundInTheReadersLanguage(string? query, string? acceptLanguage, string culture, string title, string back)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apply/nope" + query);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{culture}\"", page);
        Assert.Contains($"<h1>{title}</h1>", page);
        Assert.Contains($">{back}</a>", page);
    }

    [Fact]
    public async Task UnknownAddress_CultureCookie_IsServedInTheCookiesLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nope");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await (await _host.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<h1>Page not found</h1>", page);
    }

    [Theory]
    [InlineData("/apply/documents/00000000-0000-0000-0000-000000000001/image")]
    [InlineData("/office/documents/00000000-0000-0000-0000-000000000001/thumbnail")]
    public async Task DocumentEndpoint_NoDocument_StaysAnEmptyResponse(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("sq", "Ndodhi një gabim – Regjistrimi i votuesve jashtë Kosovës", "Kthehu në fillim")]
    [InlineData("sr-Latn", "Došlo je do greške – Registracija birača van Kosova", "Nazad na početak")]
    [InlineData("en", "Something went wrong – Registration of voters outside Kosovo", "Back to the start page")]
    public async Task StartPage_DatabaseDown_IsTheSitesOwnErrorPageWith500AndNoException(string culture, string title, string back)
    {
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, nameof(NotFoundAndErrorPageTests) + "Down"),
            new TestClock(DateTimeOffset.UtcNow),
            services: s => s.Replace(ServiceDescriptor.Singleton<IElectionsDbFactory, UnreachableDatabase>()));

        var response = await host.Client.GetAsync("/?culture=" + culture);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{culture}\"", page);
        Assert.Contains($"<title>{title}</title>", page);
        Assert.Contains($">{back}</a>", page);
        Assert.DoesNotContain(UnreachableDatabase.Message, page);
        Assert.DoesNotContain("   at ", page);
    }

    private sealed class UnreachableDatabase : IElectionsDbFactory
    {
        public const string Message = "The database server is unreachable (test).";

        public Task<IElectionsDb> OpenAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Message);
    }
}
