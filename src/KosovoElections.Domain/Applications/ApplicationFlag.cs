namespace KosovoElections.Domain.Applications;

/// <summary>Why a reviewer should look twice (SPEC §5 "automatic flags"), computed when an application is sent.</summary>
[ShownToPeople]
public enum FlagKind
{
    /// <summary>Another live application of this election has the same e-mail address.</summary>
    SharedEmail,
    SharedPhone,
    SharedAddress,

    /// <summary>A photo of this application is byte for byte (SHA-256) a photo of another application.</summary>
    SameImage,

    /// <summary>A photo is nearly the same picture (perceptual hash) as one of another application.</summary>
    SimilarImage,
    LowBrightness,
    LowSharpness,

    /// <summary>The same person's earlier application in this election was rejected or withdrawn.</summary>
    EarlierApplication,

    /// <summary>The same person has another live application in this election, one online and one on paper; only one can be approved.</summary>
    SamePerson,
}

/// <summary>One flag on an application, pointing to the other application concerned when there is one.</summary>
public sealed class ApplicationFlag
{
    public ApplicationFlag(Guid applicationId, FlagKind kind, Guid? otherApplicationId, string? detail, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        Kind = kind;
        OtherApplicationId = otherApplicationId;
        Detail = detail;
        CreatedAt = createdAt;
    }

    private ApplicationFlag()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public FlagKind Kind { get; private set; }

    public Guid? OtherApplicationId { get; private set; }

    /// <summary>What exactly matched, for the reviewer (the document kind, the earlier reasons); never shown to the applicant.</summary>
    public string? Detail { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
