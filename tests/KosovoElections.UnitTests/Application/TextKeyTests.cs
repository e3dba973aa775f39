using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;

namespace KosovoElections.UnitTests.Application;

public sealed class TextKeyTests
{
    [Fact]
    public void For_EnumShownToPeople_IsTheEnumAndValueName() =>
        Assert.Equal("DocumentSubtype_Passport", TextKey.For(DocumentSubtype.Passport));

    [Fact]
    public void For_WithAnAspect_AppendsIt() =>
        Assert.Equal("DocumentKind_Selfie_PhotoRequired", TextKey.For(DocumentKind.Selfie, "PhotoRequired"));

    [Fact]
    public void For_EnumNotMarkedShownToPeople_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TextKey.For(ActorKind.Staff));
}
