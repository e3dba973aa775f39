using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.UnitTests.Statistics;

/// <summary>Which counts an application belongs to (docs/decisions/0020), and what a change of it moves.</summary>
public sealed class CountedApplicationTests
{
    private static readonly Guid Election = Guid.NewGuid();
    private static readonly DateTime Sent = new(2027, 3, 1, 9, 59, 59, DateTimeKind.Utc);

    private static readonly CountedApplication Waiting =
        new(Election, ApplicationStatus.Submitted, ApplicationChannel.Online, ReturnMethod.PostalAbroad, "DE", 29, Sent, null);

    [Fact]
    public void Keys_ADraft_CountsNowhere()
    {
        Assert.Empty((Waiting with { Status = ApplicationStatus.Draft, SubmittedAt = null }).Keys());
    }

    [Fact]
    public void Keys_ASentApplication_CountsByStatusMethodCountryMunicipalityAndTheHourItWasSent()
    {
        Assert.Equal(
            ["Status Submitted", "ReturnMethod PostalAbroad", "Country DE", "Municipality 29", "Sent Online 2027-03-01T09:00:00Z"],
            Waiting.Keys().Select(Describe));
    }

    [Fact]
    public void Keys_SentByPostWithoutAnAddressOrMethod_CountsOnlyWhatItHas()
    {
        var paper = Waiting with { Channel = ApplicationChannel.Post, ReturnMethod = null, Country = null, MunicipalityId = null };

        Assert.Equal(["Status Submitted", "Sent Post 2027-03-01T09:00:00Z"], paper.Keys().Select(Describe));
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved, true)]
    [InlineData(ApplicationStatus.Rejected, true)]
    [InlineData(ApplicationStatus.CorrectionRequested, false)]
    [InlineData(ApplicationStatus.RejectionPending, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    public void Keys_ADecisionTime_CountsInTheHourOfTheDecisionOnlyForAnApprovalOrARejection(ApplicationStatus status, bool counted)
    {
        var decided = Waiting with { Status = status, DecidedAt = new DateTime(2027, 3, 2, 14, 30, 0, DateTimeKind.Utc) };

        Assert.Equal(counted, decided.Keys().Select(Describe).Contains($"Decided {status} 2027-03-02T14:00:00Z"));
        Assert.Equal(counted, decided.Keys().Any(k => k.Figure == Figure.Decided));
    }

    [Fact]
    public void Changes_AnApproval_MovesTheStatusAndAddsTheDecisionsHourOnly()
    {
        var changes = new FigureChanges();
        var decidedAt = new DateTime(2027, 3, 2, 8, 0, 0, DateTimeKind.Utc);

        changes.Change(Waiting, Waiting with { Status = ApplicationStatus.Approved, DecidedAt = decidedAt });

        Assert.Equal(["Status Approved +1", "Status Submitted -1", "Decided Approved 2027-03-02T08:00:00Z +1"], changes.NonZero.Select(c => $"{Describe(c.Key)} {c.Value:+0;-0}"));
    }

    [Fact]
    public void Changes_AnApplicationSavedUnchangedOrCreatedAndRemovedAgain_MoveNothing()
    {
        var changes = new FigureChanges();

        changes.Change(Waiting, Waiting with { });
        changes.Change(null, Waiting with { Country = "CH" });
        changes.Change(Waiting with { Country = "CH" }, null);

        Assert.Empty(changes.NonZero);
    }

    private static string Describe(FigureKey key) =>
        key.Hour is { } hour ? $"{key.Figure} {key.Key} {hour:yyyy-MM-ddTHH:mm:ssZ}" : $"{key.Figure} {key.Key}";
}
