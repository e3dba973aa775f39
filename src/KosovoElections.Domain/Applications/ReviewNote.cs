namespace KosovoElections.Domain.Applications;

/// <summary>A reviewer's note on an application for colleagues; never shown to the applicant.</summary>
public sealed class ReviewNote
{
    public const int MaxLength = 2000;

    public ReviewNote(Guid applicationId, Guid staffId, string text, DateTime createdAt)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            throw new DomainException($"A note has between 1 and {MaxLength} characters.");
        }

        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        StaffId = staffId;
        Text = text.Trim();
        CreatedAt = createdAt;
    }

    private ReviewNote()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid StaffId { get; private set; }

    public string Text { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
