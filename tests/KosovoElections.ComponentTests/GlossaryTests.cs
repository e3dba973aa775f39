using System.Collections;
using System.Globalization;
using System.Resources;

namespace KosovoElections.ComponentTests;

/// <summary>
/// The words of <c>docs/glossary.md</c> that readers tripped on: one term per concept in each language, and no text
/// that names a button the reader never sees.
/// </summary>
public sealed class GlossaryTests
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(KosovoElections.Web.Text).Assembly);

    /// <summary>Where Albanian "aplikacion" rightly means software: the camera held by another app, the authenticator app.</summary>
    private static readonly HashSet<string> SoftwareTexts =
    [
        "CameraBusy", "CameraInAppBrowser", "StaffSignInIntro", "StaffCodeTitle", "StaffCodeIntro", "StaffEnrolCodeHint",
        "StaffEnrolTitle", "StaffEnrolIntro", "StaffEnrolKeyText", "StaffRecoveryIntro",
        "StaffAdmin_InviteHint", "StaffAdmin_ResetSecondFactor", "StaffAdmin_ResetSecondFactorWarning", "StaffAccountState_NoSecondFactor",
        "StaffAccountChanged_SecondFactorReset", "SetPassword_Intro",
    ];

    [Fact]
    public void AlbanianTexts_CallAnApplicationAplikim_NotTheWordForSoftware()
    {
        var misused = Entries("").Where(t => !SoftwareTexts.Contains(t.Key) && t.Value.Contains("aplikacion", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(misused.Select(t => t.Key));
    }

    [Theory]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public void TextsNamingTheApplyButton_UseTheReadersOwnWordForIt(string culture)
    {
        var texts = Entries(culture);
        Assert.DoesNotContain(texts, t => t.Value.Contains("APLIKO", StringComparison.Ordinal));
        Assert.Contains(texts.Where(t => t.Key != "Apliko"), t => t.Value.Contains(texts["Apliko"], StringComparison.Ordinal));
    }

    [Fact]
    public void SerbianApplyButton_IsNotTheSignInWords()
    {
        var serbian = Entries("sr-Latn");
        Assert.DoesNotContain(serbian, t => t.Value.Contains("Prijavite se", StringComparison.Ordinal) || t.Value.Contains("PRIJAVI SE", StringComparison.Ordinal));
        Assert.DoesNotContain(serbian, t => t.Value.Contains("matičn", StringComparison.OrdinalIgnoreCase) && !t.Value.Contains("matičnoj službi", StringComparison.Ordinal));
        Assert.NotEqual(serbian["SignInTitle"], serbian["Apliko"], StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AlbanianSelfieWithDocument_IsGrammatical()
    {
        Assert.Equal("Fotografia juaj duke mbajtur dokumentin", Entries("")["SlotSelfieWithId"]);
    }

    private static Dictionary<string, string> Entries(string culture) =>
        Texts.GetResourceSet(culture == "" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
