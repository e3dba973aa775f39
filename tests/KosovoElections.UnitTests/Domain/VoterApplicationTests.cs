using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.UnitTests.Domain;

public sealed class VoterApplicationTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DecisionReason[] Reasons = [DecisionReason.SelfieNotHoldingId];
    private static readonly Guid Supervisor = Guid.Parse("5e5e5e5e-0000-0000-0000-000000000001");

    /// <summary>Every transition of the status machine, named by its method.</summary>
    private static readonly Dictionary<string, (ApplicationStatus Target, Action<VoterApplication> Act)> Transitions = new()
    {
        ["Submit"] = (ApplicationStatus.Submitted, a => a.Submit("KE-TEST", Now, Now)),
        // A lease that ends at once: a claim whose lease lapsed may be claimed again.
        ["BeginReview"] = (ApplicationStatus.InReview, a => a.BeginReview(Guid.Empty, Now, Now)),
        ["ReleaseReview"] = (ApplicationStatus.Submitted, a => a.ReleaseReview(Now)),
        ["ProposeRejection"] = (ApplicationStatus.RejectionPending, a => a.ProposeRejection(Reasons, null, Guid.Empty, Now)),
        ["ConfirmRejection"] = (ApplicationStatus.Rejected, a => a.ConfirmRejection(Supervisor, Now)),
        ["Approve"] = (ApplicationStatus.Approved, a => a.Approve("RECEIPT", Guid.Empty, Now)),
        ["Reject"] = (ApplicationStatus.Rejected, a => a.Reject(Reasons, null, Guid.Empty, Now)),
        ["RequestCorrection"] = (ApplicationStatus.CorrectionRequested, a => a.RequestCorrection(Reasons, CorrectionSteps.For(Reasons), null, Guid.Empty, Now)),
        ["Resubmit"] = (ApplicationStatus.Submitted, a => a.Resubmit(Now)),
        ["Withdraw"] = (ApplicationStatus.Withdrawn, a => a.Withdraw(Now)),
    };

    /// <summary>The allowed transitions of SPEC §3, written out independently of the aggregate.</summary>
    private static readonly HashSet<(ApplicationStatus From, string Method)> Allowed =
    [
        (ApplicationStatus.Draft, "Submit"),
        (ApplicationStatus.Submitted, "BeginReview"),
        (ApplicationStatus.InReview, "BeginReview"),
        (ApplicationStatus.InReview, "ReleaseReview"),
        (ApplicationStatus.InReview, "Approve"),
        (ApplicationStatus.InReview, "Reject"),
        (ApplicationStatus.InReview, "ProposeRejection"),
        (ApplicationStatus.InReview, "RequestCorrection"),
        (ApplicationStatus.RejectionPending, "ConfirmRejection"),
        (ApplicationStatus.RejectionPending, "Approve"),
        (ApplicationStatus.RejectionPending, "RequestCorrection"),
        (ApplicationStatus.CorrectionRequested, "Resubmit"),
        (ApplicationStatus.Draft, "Withdraw"),
        (ApplicationStatus.Submitted, "Withdraw"),
        (ApplicationStatus.CorrectionRequested, "Withdraw"),
    ];

    public static TheoryData<ApplicationStatus, string> AllPairs()
    {
        var data = new TheoryData<ApplicationStatus, string>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var method in Transitions.Keys)
            {
                data.Add(status, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Transition_FromEachStatus_IsAllowedOnlyWhereTheSpecSays(ApplicationStatus from, string method)
    {
        var application = InStatus(from);
        var (target, act) = Transitions[method];
        var versionBefore = application.Version;

        if (Allowed.Contains((from, method)))
        {
            act(application);
            Assert.Equal(target, application.Status);
            Assert.NotEqual(versionBefore, application.Version);
        }
        else
        {
            Assert.Throws<DomainException>(() => act(application));
            Assert.Equal(from, application.Status);
            Assert.Equal(versionBefore, application.Version);
        }
    }

    [Fact]
    public void Rows_EveryTransition_HasExactlyOneRowAndItsMethod()
    {
        var transitions = Enum.GetValues<Transition>();
        Assert.Equal(transitions, ApplicationTransitions.Rows.Select(r => r.Transition).Order());
        // The theory above must exercise every transition the table knows, or a new row would go untested.
        Assert.Equal(Enum.GetNames<Transition>().Order(), Transitions.Keys.Order());
        Assert.All(transitions, t => Assert.NotNull(typeof(VoterApplication).GetMethod(t.ToString())));
    }

    [Fact]
    public void Target_TransitionNotInTheTable_Throws()
    {
        var unknown = (Transition)Enum.GetValues<Transition>().Length;
        Assert.Throws<DomainException>(() => ApplicationTransitions.Target(unknown, ApplicationStatus.Draft));
        var refused = Assert.Throws<DomainException>(() => ApplicationTransitions.Target(Transition.Approve, ApplicationStatus.Draft));
        Assert.Equal("An application cannot go from Draft to Approved.", refused.Message);
    }

    [Theory]
    [MemberData(nameof(AllStatusPairs))]
    public void CanMoveTo_FromEachStatus_AgreesWithTheTransitionMethods(ApplicationStatus from, ApplicationStatus target)
    {
        var reachable = Allowed.Any(a => a.From == from && Transitions[a.Method].Target == target);
        Assert.Equal(reachable, InStatus(from).CanMoveTo(target));
    }

    public static TheoryData<ApplicationStatus, ApplicationStatus> AllStatusPairs()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var target in Enum.GetValues<ApplicationStatus>())
            {
                data.Add(from, target);
            }
        }

        return data;
    }

    [Fact]
    public void Submit_FromDraft_SetsReferenceAndDeclarationTime()
    {
        var application = New();
        application.Submit("KE-7K2P9Q", Now.AddMinutes(-1), Now);
        Assert.Equal("KE-7K2P9Q", application.ReferenceNumber);
        Assert.Equal(Now.AddMinutes(-1), application.DeclarationAcceptedAt);
        Assert.Equal(Now, application.SubmittedAt);
    }

    [Fact]
    public void Approve_FromReview_KeepsReceiptCodeAndDecisionTime()
    {
        var application = InStatus(ApplicationStatus.InReview);
        application.Approve("R-123", Guid.Empty, Now);
        Assert.Equal("R-123", application.ReceiptCode);
        Assert.Equal(Now, application.DecidedAt);
    }

    [Fact]
    public void Reject_WithoutReasons_Throws()
    {
        var application = InStatus(ApplicationStatus.InReview);
        Assert.Throws<DomainException>(() => application.Reject([], null, Guid.Empty, Now));
        Assert.Equal(ApplicationStatus.InReview, application.Status);
    }

    [Fact]
    public void Reject_OtherWithoutText_Throws()
    {
        var application = InStatus(ApplicationStatus.InReview);
        Assert.Throws<DomainException>(() => application.Reject([DecisionReason.Other], "  ", Guid.Empty, Now));
        application.Reject([DecisionReason.Other, DecisionReason.Other], " Document expired ", Guid.Empty, Now);
        Assert.Equal([DecisionReason.Other], application.Reasons);
        Assert.Equal("Document expired", application.ReasonText);
    }

    [Theory]
    [InlineData(ApplicationStatus.Rejected, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    [InlineData(ApplicationStatus.Draft, true)]
    [InlineData(ApplicationStatus.Approved, true)]
    public void IsLive_OnlyRejectedAndWithdrawnFreeThePlace(ApplicationStatus status, bool live) =>
        Assert.Equal(live, InStatus(status).IsLive);

    [Fact]
    public void Steps_EmptyDraft_NothingDoneNoAnswersAndOnlyCheckingCannotStart()
    {
        var application = New();

        Assert.DoesNotContain(Enum.GetValues<ApplicationStep>(), step => application.HasDone(step, DocumentsTaken.None));
        Assert.False(application.HasAnswers(DocumentsTaken.None));
        Assert.Equal([ApplicationStep.CheckAnswers], Enum.GetValues<ApplicationStep>().Where(step => !application.CanStart(step, DocumentsTaken.None)));
    }

    [Fact]
    public void Steps_EverythingButTheSelfie_StillStartsAtTheSelfieAndCheckingWaits()
    {
        var application = New();
        application.RecordVerifiedEmail("a@example.org", Now);
        application.RecordAddress(new AddressAbroad("AT", "Wien", "Mariahilfer Straße 10/4", "1070"), "+4314001234", Now);
        application.ChooseReturnMethod(KosovoElections.Domain.Elections.ReturnMethod.PostalKosovo, Now);
        PhotoTaken[] photos = [Photo(DocumentKind.IdDocument, DocumentSubtype.Passport), Photo(DocumentKind.SelfieWithId), Photo(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill)];
        var captured = new DocumentsTaken(photos);

        Assert.True(application.HasAnswers(captured));
        Assert.True(application.HasDone(ApplicationStep.Documents, captured));
        Assert.Equal(ApplicationStep.Selfie, application.FirstUnfinishedStep(captured));
        Assert.False(application.CanStart(ApplicationStep.CheckAnswers, captured));
        Assert.True(application.CanStart(ApplicationStep.CheckAnswers, new DocumentsTaken([.. photos, Photo(DocumentKind.Selfie)])));
    }

    private static PhotoTaken Photo(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None) => new(kind, subtype, Now);

    private static VoterApplication New() => VoterApplication.Start(Guid.NewGuid(), "1000000017", ApplicationChannel.Online, Now);

    /// <summary>Walks a new application along allowed transitions to the requested status.</summary>
    private static VoterApplication InStatus(ApplicationStatus status)
    {
        var application = New();
        var path = status switch
        {
            ApplicationStatus.Draft => [],
            ApplicationStatus.Submitted => ["Submit"],
            ApplicationStatus.InReview => ["Submit", "BeginReview"],
            ApplicationStatus.Approved => ["Submit", "BeginReview", "Approve"],
            ApplicationStatus.RejectionPending => ["Submit", "BeginReview", "ProposeRejection"],
            ApplicationStatus.Rejected => ["Submit", "BeginReview", "Reject"],
            ApplicationStatus.CorrectionRequested => ["Submit", "BeginReview", "RequestCorrection"],
            ApplicationStatus.Withdrawn => new[] { "Withdraw" },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            Transitions[step].Act(application);
        }

        Assert.Equal(status, application.Status);
        return application;
    }
}
