using System.Net;
using System.Text.RegularExpressions;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// What a browser without JavaScript does: keeps cookies, reads the antiforgery token from a form and posts it.
/// The host is plain HTTP in tests while production cookies are Secure (and __Host-), so the jar keeps and sends
/// them as a browser would over HTTPS, instead of dropping them as <see cref="CookieContainer"/> does.
/// </summary>
/// <param name="baseUrl">The host.</param>
/// <param name="forwardedFor">Sent as X-Forwarded-For, as a reverse proxy in front of the host would.</param>
public sealed partial class BrowserSession(string baseUrl, string? forwardedFor = null) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>The Cookie header this browser sends now.</summary>
    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the page with the form, then posts the fields with the form's handler name and antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = TokenOf(await GetPageAsync(url)),
            ["_handler"] = formName,
        };
        return await PostAsync(url, form);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Posts any body, such as a multipart form with a file.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });

    /// <summary>The antiforgery token of the (first) form on a page.</summary>
    public static string TokenOf(string page)
    {
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The page as a person reads it: entities decoded, the per-request tokens and encrypted state blanked out.</summary>
    public static string Normalize(string html) =>
        StatePattern().Replace(TokenPattern().Replace(WebUtility.HtmlDecode(html), "value=\"TOKEN\""), "<!--STATE-->");

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader);
            }

            var response = await _client.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                Keep(header);
            }

            return response;
        }
    }

    private void Keep(string setCookie)
    {
        var pair = setCookie.Split(';')[0];
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        var (name, value) = (pair[..separator].Trim(), pair[(separator + 1)..].Trim());
        var expired = ExpiresPattern().Match(setCookie) is { Success: true } m
            && DateTimeOffset.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expires)
            && expires < DateTimeOffset.UtcNow;
        if (expired || value.Length == 0)
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex StatePattern();

    [GeneratedRegex("expires=([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiresPattern();
}
