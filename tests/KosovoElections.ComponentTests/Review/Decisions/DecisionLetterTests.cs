using System.Globalization;
using System.Resources;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Email.Templates;

namespace KosovoElections.ComponentTests.Review.Decisions;

/// <summary>
/// The decision letters name each reason and step in the same words as the applicant's status page: the e-mail texts
/// are a C# table in Infrastructure, the page's are Text*.resx, and this keeps the two in step.
/// </summary>
public sealed class DecisionLetterTests
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(KosovoElections.Web.Text).Assembly);

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public void CorrectionLetter_NamesEveryReasonAndStepAsTheStatusPageDoes(string language)
    {
        var culture = language == "sq" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var reasons = Enum.GetValues<DecisionReason>();
        var steps = Enum.GetValues<ApplicationStep>().Where(s => s != ApplicationStep.CheckAnswers).ToList();

        var letter = new EmailTemplates().CorrectionRequested("a@example.org", language, "KE-1", reasons, "words", steps, new DateTime(2027, 6, 30, 21, 59, 0, DateTimeKind.Utc));

        Assert.Equal(language, letter.Language);
        Assert.All(reasons, r => Assert.Contains(Texts.GetString(TextKey.For(r), culture)!, letter.TextBody));
        Assert.All(steps, s => Assert.Contains("• " + Texts.GetString(TextKey.For(s), culture), letter.TextBody));
        Assert.Contains("30.06.2027 23:59", letter.TextBody);
        Assert.Contains("words", letter.HtmlBody);
    }
}
