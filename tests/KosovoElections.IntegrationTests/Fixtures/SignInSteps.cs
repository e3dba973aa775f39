using System.Globalization;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>The applicant sign-in as a browser without JavaScript does it, for the tests that need a signed-in applicant.</summary>
public static class SignInSteps
{
    /// <summary>Posts the sign-in form (with its antiforgery token) from <paramref name="page"/>; returns the response.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this BrowserSession browser, string personalNumber, DateOnly born, string page = "/apply/sign-in") =>
        browser.SubmitAsync(page, "sign-in", new Dictionary<string, string>
        {
            ["Form.PersonalNumber"] = personalNumber,
            ["Form.Day"] = born.Day.ToString(CultureInfo.InvariantCulture),
            ["Form.Month"] = born.Month.ToString(CultureInfo.InvariantCulture),
            ["Form.Year"] = born.Year.ToString(CultureInfo.InvariantCulture),
        });
}
