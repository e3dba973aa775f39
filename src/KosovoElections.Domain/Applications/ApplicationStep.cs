namespace KosovoElections.Domain.Applications;

/// <summary>The wizard's steps in order (SPEC §4, steps 3–9); an application resumes at the first one not done.</summary>
[ShownToPeople]
public enum ApplicationStep
{
    Selfie,
    Email,
    Address,
    ReturnMethod,
    Documents,
    CheckAnswers,
}
