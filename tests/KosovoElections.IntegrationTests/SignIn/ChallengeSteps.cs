using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>A proof-of-work challenge as the sign-in page shows it.</summary>
public sealed record PageChallenge(string Token, string Salt, int Difficulty);

/// <summary>
/// The contested sign-in as a browser with JavaScript does it: post the form, and when the page answers with a
/// challenge, find the nonce (the same search as wwwroot/js/proof-of-work.js) and post again with it.
/// </summary>
public static partial class ChallengeSteps
{
    public const string Page = "/apply/sign-in?culture=en";

    /// <summary>The challenge on a sign-in page, or null when it asks for none.</summary>
    public static PageChallenge? ChallengeIn(string page)
    {
        var box = Box().Match(page);
        var token = Token().Match(page);
        return box.Success && token.Success
            ? new PageChallenge(WebUtility.HtmlDecode(token.Groups[1].Value), box.Groups[1].Value, int.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    public static string Solve(PageChallenge challenge)
    {
        for (var nonce = 0L; ; nonce++)
        {
            var text = nonce.ToString(CultureInfo.InvariantCulture);
            if (ZeroBits(challenge.Salt, text) >= challenge.Difficulty)
            {
                return text;
            }
        }
    }

    /// <summary>A nonce that does not solve the challenge.</summary>
    public static string Unsolved(PageChallenge challenge) =>
        Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)).First(n => ZeroBits(challenge.Salt, n) < challenge.Difficulty);

    /// <summary>Posts the sign-in form, with a challenge's token and nonce when given.</summary>
    public static Task<HttpResponseMessage> PostAsync(BrowserSession browser, string number, DateOnly born, string? token = null, string? nonce = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.PersonalNumber"] = number,
            ["Form.Day"] = born.Day.ToString(CultureInfo.InvariantCulture),
            ["Form.Month"] = born.Month.ToString(CultureInfo.InvariantCulture),
            ["Form.Year"] = born.Year.ToString(CultureInfo.InvariantCulture),
        };
        if (token is not null)
        {
            fields["Form.Challenge"] = token;
            fields["Form.Nonce"] = nonce ?? string.Empty;
        }

        return browser.SubmitAsync(Page, "sign-in", fields);
    }

    /// <summary>Signs in, solving the challenge if the page asks for one; the response to the last post.</summary>
    public static async Task<HttpResponseMessage> SignInSolvingAsync(BrowserSession browser, string number, DateOnly born)
    {
        var response = await PostAsync(browser, number, born);
        if (response.StatusCode != HttpStatusCode.OK || ChallengeIn(await response.Content.ReadAsStringAsync()) is not { } challenge)
        {
            return response;
        }

        return await PostAsync(browser, number, born, challenge.Token, Solve(challenge));
    }

    private static int ZeroBits(string salt, string nonce)
    {
        var bits = 0;
        foreach (var b in SHA256.HashData(Encoding.ASCII.GetBytes(salt + nonce)))
        {
            if (b != 0)
            {
                return bits + (int)uint.LeadingZeroCount(b) - 24;
            }

            bits += 8;
        }

        return bits;
    }

    [GeneratedRegex("data-salt=\"([0-9a-f]+)\" data-difficulty=\"([0-9]+)\"")]
    private static partial Regex Box();

    [GeneratedRegex("name=\"Form.Challenge\" value=\"([^\"]*)\"")]
    private static partial Regex Token();
}
