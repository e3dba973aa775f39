using KosovoElections.Application.Registration.Address;

namespace KosovoElections.UnitTests.Application.Address;

/// <summary>Phone numbers as people type them, saved in E.164.</summary>
public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0151 234 5678", "49", "+491512345678")]
    [InlineData("+49 151 234 5678", "41", "+491512345678")]
    [InlineData("0049 151-234-5678", "41", "+491512345678")]
    [InlineData("+49 (0)151 2345678", "49", "+491512345678")]
    [InlineData("+49 0151 2345678", "49", "+491512345678")]
    [InlineData("079 123 45 67", "41", "+41791234567")]
    [InlineData("06 1234 5678", "39", "+390612345678")]
    [InlineData("+39 06 1234 5678", "49", "+390612345678")]
    [InlineData("347.123.4567", "39", "+393471234567")]
    [InlineData("(212) 555-0199", "1", "+12125550199")]
    [InlineData("1 212 555 0199", "1", "+12125550199")]
    [InlineData("07911 123456", "44", "+447911123456")]
    [InlineData("044 123 456", "389", "+38944123456")]
    public void Normalize_TypedNumber_IsE164(string typed, string callingCode, string expected) =>
        Assert.Equal((expected, PhoneProblem.None), PhoneNumbers.Normalize(typed, callingCode));

    [Theory]
    [InlineData("", PhoneProblem.Empty)]
    [InlineData("   ", PhoneProblem.Empty)]
    [InlineData("0151 CALL ME", PhoneProblem.Characters)]
    [InlineData("0151\n2345678", PhoneProblem.Characters)]
    [InlineData("015١2345678", PhoneProblem.Characters)]
    [InlineData("0151+2345678", PhoneProblem.Characters)]
    [InlineData("---", PhoneProblem.Characters)]
    [InlineData("0151 23", PhoneProblem.Length)]
    [InlineData("0151 2345 6789 0123", PhoneProblem.Length)]
    [InlineData("+49 151 2345 6789 0123 4567 8901 2345", PhoneProblem.Length)]
    [InlineData("+999 123 456 789", PhoneProblem.CallingCode)]
    [InlineData("00 0 123 456 789", PhoneProblem.CallingCode)]
    public void Normalize_BadNumber_NamesTheProblem(string typed, PhoneProblem problem) =>
        Assert.Equal((null, problem), PhoneNumbers.Normalize(typed, "49"));

    [Theory]
    [InlineData("+491512345678", "DE", null, "1512345678")]
    [InlineData("+491512345678", "CH", "DE", "1512345678")]
    [InlineData("+12125550199", "FR", "US", "2125550199")]
    public void Split_SavedNumber_GivesThePickerAndTheNationalDigits(string e164, string residence, string? picked, string national) =>
        Assert.Equal((picked, national), PhoneNumbers.Split(e164, residence));

    [Fact]
    public void Mask_Number_KeepsTheCallingCodeAndLastTwoDigitsOnly() =>
        Assert.Equal("+49********78", PhoneNumbers.Mask("+491512345678"));
}
