using KosovoElections.Domain.Staff;

namespace KosovoElections.UnitTests.Staff;

public sealed class RecoveryCodeTests
{
    [Fact]
    public void HashOf_CodeTypedInLowerCaseWithSpaces_IsTheSameCode()
    {
        var code = StaffRecoveryCode.NewCode();
        Assert.Equal(StaffRecoveryCode.HashOf(code), StaffRecoveryCode.HashOf(" " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void NewCode_TwoCodes_Differ() =>
        Assert.NotEqual(StaffRecoveryCode.HashOf(StaffRecoveryCode.NewCode()), StaffRecoveryCode.HashOf(StaffRecoveryCode.NewCode()));
}
