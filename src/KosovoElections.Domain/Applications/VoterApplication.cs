using KosovoElections.Domain.Elections;

namespace KosovoElections.Domain.Applications;

/// <summary>
/// A person's application to vote from abroad in one election (SPEC §3 "Application"; named so that it does not
/// collide with the KosovoElections.Application layer). Its status changes only through the methods below, each
/// allowed where <see cref="ApplicationTransitions"/> says.
/// </summary>
public sealed partial class VoterApplication
{
    private readonly List<DecisionReason> _reasons = [];
    private readonly List<ApplicationStep> _correctionSteps = [];

    private VoterApplication(Guid id, Guid electionId, string personalNumber, int? municipalityId, ApplicationChannel channel, DateTime createdAt)
    {
        Id = id;
        ElectionId = electionId;
        PersonalNumber = personalNumber;
        MunicipalityId = municipalityId;
        Channel = channel;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid ElectionId { get; private set; }

    public string PersonalNumber { get; private set; }

    /// <summary>
    /// The applicant's municipality in the civil registry when the application was started, which the figures count it
    /// under without reading the registry (docs/performance.md, "Dashboard"); null only where it was never known.
    /// </summary>
    public int? MunicipalityId { get; private set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Draft;

    public ApplicationChannel Channel { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public AddressAbroad? Address { get; private set; }

    public ReturnMethod? ReturnMethod { get; private set; }

    /// <summary>The diplomatic mission whose place the applicant holds; only with <see cref="Elections.ReturnMethod.DiplomaticMission"/>.</summary>
    public Guid? MissionId { get; private set; }

    /// <summary>
    /// Until when a draft keeps the mission place it chose without applying. Places go to applicants in order of
    /// application time (SPEC §1): a draft that does not apply within <see cref="MissionHoldPeriod"/> gives its place back.
    /// Null for a postal method and once the application is sent.
    /// </summary>
    public DateTime? MissionHeldUntil { get; private set; }

    /// <summary>The mission whose held place ran out before the draft applied, until the applicant chooses again.</summary>
    public Guid? LapsedMissionId { get; private set; }

    public DateTime? DeclarationAcceptedAt { get; private set; }

    public string? ReferenceNumber { get; private set; }

    public string? ReceiptCode { get; private set; }

    public IReadOnlyList<DecisionReason> Reasons => _reasons;

    public string? ReasonText { get; private set; }

    /// <summary>For an application carried over into a mayoral runoff, the approved first-round application it continues.</summary>
    public Guid? CarriedOverFrom { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>True while the application still holds the person's place in this election.</summary>
    public bool IsLive => Status is not (ApplicationStatus.Rejected or ApplicationStatus.Withdrawn);

    public static VoterApplication Start(Guid electionId, string personalNumber, ApplicationChannel channel, DateTime nowUtc, int? municipalityId = null) =>
        new(Guid.NewGuid(), electionId, personalNumber, municipalityId, channel, nowUtc);

    public void Submit(string referenceNumber, DateTime declarationAcceptedAt, DateTime nowUtc)
    {
        Move(Transition.Submit, nowUtc);
        ReferenceNumber = referenceNumber;
        DeclarationAcceptedAt = declarationAcceptedAt;
        SubmittedAt = nowUtc;
        MissionHeldUntil = null;
    }

    /// <summary>
    /// This approved application in <paramref name="runoff"/>, its second round, without applying again (art. 9.6): the
    /// same voter, address, return method and receipt code, already approved, under a reference number of its own.
    /// </summary>
    public VoterApplication CarryOverTo(Election runoff, string referenceNumber, DateTime nowUtc)
    {
        if (Status != ApplicationStatus.Approved || runoff.RunoffOf != ElectionId || MissionId is not null)
        {
            throw new DomainException("Only an approved postal application of the first round is carried over into its runoff.");
        }

        return new VoterApplication(Guid.NewGuid(), runoff.Id, PersonalNumber, MunicipalityId, Channel, nowUtc)
        {
            Status = ApplicationStatus.Approved,
            Email = Email,
            Phone = Phone,
            Address = Address is null ? null : Address with { },
            ReturnMethod = ReturnMethod,
            DeclarationAcceptedAt = DeclarationAcceptedAt,
            ReferenceNumber = referenceNumber,
            ReceiptCode = ReceiptCode,
            Language = Language,
            SubmittedAt = SubmittedAt,
            DecidedAt = DecidedAt,
            DecidedBy = DecidedBy,
            CarriedOverFrom = Id,
        };
    }

    public void Withdraw(DateTime nowUtc) => Move(Transition.Withdraw, nowUtc);

    /// <summary>True while the applicant may still change something they entered (which steps: <see cref="MayChange"/>).</summary>
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.CorrectionRequested;

    /// <summary>
    /// Whether the applicant may redo <paramref name="step"/>: any step of a draft; of an application sent back for
    /// correction, exactly the steps the reviewer named.
    /// </summary>
    public bool MayChange(ApplicationStep step) => Status switch
    {
        ApplicationStatus.Draft => true,
        ApplicationStatus.CorrectionRequested => _correctionSteps.Contains(step),
        _ => false,
    };

    public void RecordVerifiedEmail(string email, DateTime nowUtc)
    {
        EnsureMayChange(ApplicationStep.Email);
        Email = email;
        Touch(nowUtc);
    }

    public void RecordAddress(AddressAbroad address, string? phone, DateTime nowUtc)
    {
        EnsureMayChange(ApplicationStep.Address);
        if (string.Equals(address.CountryCode, "XK", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("The address abroad cannot be in Kosovo.");
        }

        Address = address;
        Phone = phone;
        Touch(nowUtc);
    }

    /// <summary>The first step not yet done, given the photos taken so far.</summary>
    public ApplicationStep FirstUnfinishedStep(DocumentsTaken captured) =>
        Enum.GetValues<ApplicationStep>().First(step => !HasDone(step, captured));

    /// <summary>
    /// Whether <paramref name="step"/> is done, given the photos taken so far. Checking the answers is
    /// never done on its own: it ends with APLIKO, which takes the application out of the steps.
    /// </summary>
    public bool HasDone(ApplicationStep step, DocumentsTaken captured) => step switch
    {
        ApplicationStep.Selfie => captured.Has(DocumentKind.Selfie),
        ApplicationStep.Email => Email is not null,
        ApplicationStep.Address => Address is not null && Phone is not null,
        ApplicationStep.ReturnMethod => ReturnMethod is not null,
        ApplicationStep.Documents => captured.AreWhole,
        _ => false,
    };

    /// <summary>The steps may be taken in any order; only checking the answers waits until every other step is done.</summary>
    public bool CanStart(ApplicationStep step, DocumentsTaken captured) =>
        step != ApplicationStep.CheckAnswers || FirstUnfinishedStep(captured) == ApplicationStep.CheckAnswers;

    /// <summary>True once anything at all was entered: a photo, the e-mail, the address, the return method.</summary>
    public bool HasAnswers(DocumentsTaken captured) =>
        captured.Any || Email is not null || Address is not null || Phone is not null || ReturnMethod is not null;

    public bool CanMoveTo(ApplicationStatus target) => ApplicationTransitions.AllowedFrom(target).Contains(Status);

    private void Move(Transition transition, DateTime nowUtc)
    {
        Status = ApplicationTransitions.Target(transition, Status);
        Touch(nowUtc);
    }

    private void EnsureMayChange(ApplicationStep step)
    {
        if (!MayChange(step))
        {
            throw new DomainException($"The step {step} of an application in status {Status} cannot be changed.");
        }
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version = Guid.NewGuid();
    }
}
