namespace KosovoElections.Application.Email;

/// <summary>The texts of the e-mails the service sends, in each applicant language.</summary>
public interface IEmailTemplates
{
    EmailMessage VerificationCode(string to, string language, string code, TimeSpan validFor);

    /// <summary>The confirmation that an application was received, with its reference number.</summary>
    EmailMessage ApplicationSubmitted(string to, string language, string referenceNumber, string electionName);
}
