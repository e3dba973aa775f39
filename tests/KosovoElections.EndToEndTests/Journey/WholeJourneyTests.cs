using KosovoElections.EndToEndTests.Fixtures;

namespace KosovoElections.EndToEndTests.Journey;

/// <summary>
/// The whole applicant journey in real Chromium, as a person clicks through it from the start page: sign-in, selfie
/// with the fake camera, e-mail with the code read from the real SMTP listener, address, return method, documents,
/// check your answers, declaration, APLIKO — ending on the confirmation panel, in English and in Albanian.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class WholeJourneyTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("en", 0)]
    [InlineData("sq", 1)]
    public async Task Journey_FromStartPageToConfirmation_SubmitsTheApplication(string language, int applicant)
    {
        var email = $"applicant{applicant}.{language}@example.org";
        await using var context = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await context.NewPageAsync();

        await ApplicantJourney.ApplyAsync(page, site, OpenElectionSite.Applicant(applicant), email, language);

        Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));
    }
}
