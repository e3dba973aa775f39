using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Application.Email;

/// <summary>The texts of the e-mails the service sends, in each applicant language.</summary>
public interface IEmailTemplates
{
    EmailMessage VerificationCode(string to, string language, string code, TimeSpan validFor);

    /// <summary>The confirmation that an application was received, with its reference number.</summary>
    EmailMessage ApplicationSubmitted(string to, string language, string referenceNumber, string electionName);

    /// <summary>The application was approved: the receipt code, and how to print the receipt for the ballot package.</summary>
    EmailMessage ApplicationApproved(string to, string language, string referenceNumber, string receiptCode);

    /// <summary>The application was rejected (for good), with the reasons in the applicant's language.</summary>
    EmailMessage ApplicationRejected(string to, string language, string referenceNumber, IReadOnlyList<DecisionReason> reasons, string? reasonText);

    /// <summary>The application came back for correction: why, which steps to redo, and by when (Kosovo time).</summary>
    EmailMessage CorrectionRequested(
        string to, string language, string referenceNumber, IReadOnlyList<DecisionReason> reasons, string? reasonText, IReadOnlyList<ApplicationStep> steps, DateTime deadlineUtc);

    /// <summary>A staff invitation: the role, the set-password link and when it lapses (Kosovo time).</summary>
    EmailMessage StaffInvitation(string to, string language, string link, StaffRole role, DateTime expiresUtc);
}
