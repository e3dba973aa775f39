using System.Globalization;
using System.Text.RegularExpressions;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>Reads <c>/metrics</c> as Prometheus does, and one sample out of the text exposition format.</summary>
public static partial class Scrape
{
    public static async Task<HttpResponseMessage> MetricsAsync(string baseUrl, string? forwardedFor = null)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The value of the series <paramref name="name"/> whose labels include <paramref name="label"/> (<c>outcome="Throttled"</c>), or null.</summary>
    public static double? Sample(string exposition, string name, string? label = null)
    {
        foreach (Match line in Series().Matches(exposition))
        {
            if (line.Groups["name"].Value == name && (label is null || line.Groups["labels"].Value.Contains(label, StringComparison.Ordinal)))
            {
                return double.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)(?:\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)", RegexOptions.Multiline)]
    private static partial Regex Series();
}
