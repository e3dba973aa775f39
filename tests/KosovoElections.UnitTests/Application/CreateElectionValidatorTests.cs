using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;

namespace KosovoElections.UnitTests.Application;

public sealed class CreateElectionValidatorTests
{
    private static readonly DateTime Opens = new(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2025, 8, 29, 21, 59, 0, DateTimeKind.Utc);

    private readonly CreateElectionValidator _validator = new();

    [Fact]
    public void Validate_Saturday_SaysElectionDayMustBeSunday()
    {
        var result = _validator.Validate(new CreateElectionCommand("Local 2025", ElectionKind.Local, new DateOnly(2025, 10, 11), Opens, Closes, "t"));
        Assert.Contains(result.Errors, e => e.ErrorMessage == CreateElectionValidator.DayNotSunday);
    }

    [Fact]
    public void Validate_ClosingAfterElectionDay_IsRefused()
    {
        var result = _validator.Validate(new CreateElectionCommand("Local 2025", ElectionKind.Local, new DateOnly(2025, 8, 24), Opens, Closes, "t"));
        Assert.Contains(result.Errors, e => e.ErrorMessage == CreateElectionValidator.ClosesAfterElectionDay);
    }

    [Fact]
    public void Validate_EmptyNameAndReversedWindow_GivesBothErrors()
    {
        var result = _validator.Validate(new CreateElectionCommand(" ", ElectionKind.Local, new DateOnly(2025, 10, 12), Closes, Opens, "t"));
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Validate_GoodElection_IsValid() =>
        Assert.True(_validator.Validate(new CreateElectionCommand("Local 2025", ElectionKind.Local, new DateOnly(2025, 10, 12), Opens, Closes, "t")).IsValid);
}
