using KosovoElections.Application.Registration.Address;

namespace KosovoElections.UnitTests.Application.Address;

/// <summary>Phone numbers as people type them, judged by the numbering plans of libphonenumber and saved in E.164.</summary>
public sealed class PhoneNumberingTests
{
    [Theory]
    [InlineData("0151 23456789", "DE", "+4915123456789")]
    [InlineData("+49 151 23456789", "CH", "+4915123456789")]
    [InlineData("0049 151-2345-6789", "CH", "+4915123456789")]
    [InlineData("0049 151 23456789", "US", "+4915123456789")]
    [InlineData("+49 (0)151 23456789", "DE", "+4915123456789")]
    [InlineData("+49 0151 23456789", "DE", "+4915123456789")]
    [InlineData("044 668 18 00", "CH", "+41446681800")]
    [InlineData("079 123 45 67", "CH", "+41791234567")]
    [InlineData("06 4544 1234", "IT", "+390645441234")]
    [InlineData("+39 06 4544 1234", "DE", "+390645441234")]
    [InlineData("347.123.4567", "IT", "+393471234567")]
    [InlineData("(212) 555-0199", "US", "+12125550199")]
    [InlineData("1 212 555 0199", "US", "+12125550199")]
    [InlineData("212 555 0199", "CA", "+12125550199")]
    [InlineData("07911 123456", "GB", "+447911123456")]
    [InlineData("8 912 345 67 89", "RU", "+79123456789")]
    [InlineData("02 3123 456", "MK", "+38923123456")]
    [InlineData("+383 44 123 456", "DE", "+38344123456")]
    [InlineData("044 123 456", "XK", "+38344123456")]
    public void Normalize_RealNumber_IsE164(string typed, string region, string expected)
    {
        var reading = PhoneNumbering.Normalize(typed, region);

        Assert.Equal((expected, PhoneProblem.None), (reading.E164, reading.Problem));
    }

    [Theory]
    [InlineData("", PhoneProblem.Empty)]
    [InlineData("   ", PhoneProblem.Empty)]
    [InlineData("0151 CALL ME", PhoneProblem.Characters)]
    [InlineData("0151\n2345678", PhoneProblem.Characters)]
    [InlineData("015١23456789", PhoneProblem.Characters)]
    [InlineData("0151+23456789", PhoneProblem.Characters)]
    [InlineData("---", PhoneProblem.Characters)]
    [InlineData("+1 202 555 01", PhoneProblem.TooShort)]
    [InlineData("+49", PhoneProblem.TooShort)]
    [InlineData("+1 202 555 0123456", PhoneProblem.TooLong)]
    [InlineData("+49 151 2345 6789 0123 4567 8901 2345", PhoneProblem.TooLong)]
    [InlineData("+49 30 1234567890123", PhoneProblem.TooLong)]
    [InlineData("0151 2345678", PhoneProblem.NotValid)]
    [InlineData("0151 23", PhoneProblem.NotValid)]
    [InlineData("0151 2345 6789 0123", PhoneProblem.NotValid)]
    [InlineData("+999 123 456 789", PhoneProblem.CallingCode)]
    [InlineData("00 0 123 456 789", PhoneProblem.CallingCode)]
    public void Normalize_BadNumber_NamesTheProblem(string typed, PhoneProblem problem)
    {
        var reading = PhoneNumbering.Normalize(typed, "DE");

        Assert.Equal((null, problem), (reading.E164, reading.Problem));
    }

    [Fact]
    public void Normalize_NumberNotInThePlanOfThePickedCountry_IsRefusedWithThatCallingCode()
    {
        Assert.Equal(new PhoneReading(null, PhoneProblem.NotValid, "41"), PhoneNumbering.Normalize("0151 23456789", "CH"));
        Assert.Equal(new PhoneReading(null, PhoneProblem.NotValid, "389"), PhoneNumbering.Normalize("044 123 456", "MK"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AQ")]
    public void Normalize_NationalFormWithoutANumberingPlan_AsksForTheCallingCode(string? region)
    {
        Assert.Equal(PhoneProblem.NoCallingCode, PhoneNumbering.Normalize("0151 23456789", region).Problem);
        Assert.Equal("+4915123456789", PhoneNumbering.Normalize("+49 151 23456789", region).E164);
    }

    [Theory]
    [InlineData("+4915123456789", "+49 1512 3456789")]
    [InlineData("+41446681800", "+41 44 668 18 00")]
    [InlineData("+390645441234", "+39 06 4544 1234")]
    [InlineData("+12125550199", "+1 212-555-0199")]
    [InlineData("+38344123456", "+383 44 123 456")]
    public void Display_SavedNumber_IsInInternationalFormat(string e164, string shown) =>
        Assert.Equal(shown, PhoneNumbering.Display(e164));

    [Theory]
    [InlineData("+4915123456789", "DE", null, "01512 3456789")]
    [InlineData("+4915123456789", "CH", "DE", "01512 3456789")]
    [InlineData("+12125550199", "FR", "US", "(212) 555-0199")]
    [InlineData("+16135550123", "FR", "CA", "(613) 555-0123")]
    [InlineData("+390645441234", "IT", null, "06 4544 1234")]
    [InlineData("+38344123456", "DE", null, "+383 44 123 456")]
    public void Split_SavedNumber_GivesThePickerAndTheNumberAsTypedThatReadsBackTheSame(string e164, string residence, string? picked, string typed)
    {
        var split = PhoneNumbering.Split(e164, residence);

        Assert.Equal((picked, typed), split);
        Assert.Equal(e164, PhoneNumbering.Normalize(split.Typed, split.PickedCountry ?? residence).E164);
    }

    [Fact]
    public void CallingCodeOf_Kosovo_Is383() =>
        Assert.Equal("383", PhoneNumbering.CallingCodeOf("XK"));

    [Fact]
    public void Mask_Number_KeepsTheCallingCodeAndLastTwoDigitsOnly()
    {
        Assert.Equal("+49********78", PhoneNumbering.Mask("+491512345678"));
        Assert.Equal("+383******56", PhoneNumbering.Mask("+38344123456"));
    }
}
