using KosovoElections.Domain.Elections;

namespace KosovoElections.Domain.Applications;

/// <summary>What staff read off a paper (or e-mailed) application form; the documents are stored apart.</summary>
public sealed record PaperForm(
    ApplicationChannel Channel,
    DateOnly ReceivedOn,
    DateOnly? PostmarkedOn,
    string? Email,
    string? Phone,
    AddressAbroad Address,
    ReturnMethod ReturnMethod);

/// <summary>
/// An application that reached the CEC by post or, exceptionally, by e-mail (Law on General Elections art. 97), entered
/// by a staff member: it joins the queue already sent, and someone else decides it.
/// </summary>
public sealed partial class VoterApplication
{
    /// <summary>The staff member who entered a paper application; null for one made online. They may not decide it.</summary>
    public Guid? EnteredBy { get; private set; }

    /// <summary>The day the CEC received a paper application (Kosovo calendar).</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>The postmark's date of an application sent by post, when it can be read.</summary>
    public DateOnly? PostmarkedOn { get; private set; }

    /// <summary>A paper application entered by <paramref name="enteredBy"/>, sent at once with its reference number.</summary>
    public static VoterApplication Enter(Guid electionId, string personalNumber, PaperForm form, Guid enteredBy, string referenceNumber, DateTime nowUtc, int? municipalityId = null)
    {
        if (form.Channel == ApplicationChannel.Online)
        {
            throw new DomainException("An application made online is not entered by staff.");
        }

        if (form.PostmarkedOn is not null && form.Channel != ApplicationChannel.Post)
        {
            throw new DomainException("Only an application sent by post has a postmark.");
        }

        if (form.ReturnMethod == Elections.ReturnMethod.DiplomaticMission)
        {
            throw new DomainException("A mission's places go in order of application online; a paper application chooses a postal method.");
        }

        var application = Start(electionId, personalNumber, form.Channel, nowUtc, municipalityId);
        if (form.Email is not null)
        {
            application.RecordVerifiedEmail(form.Email, nowUtc);
        }

        application.RecordAddress(form.Address, form.Phone!, nowUtc);
        application.ChooseReturnMethod(form.ReturnMethod, nowUtc);
        (application.EnteredBy, application.ReceivedOn, application.PostmarkedOn) = (enteredBy, form.ReceivedOn, form.PostmarkedOn);
        application.Submit(referenceNumber, nowUtc, nowUtc);
        return application;
    }

    /// <summary>True when <paramref name="staffId"/> entered this application: separation of duties keeps them from deciding it.</summary>
    public bool WasEnteredBy(Guid staffId) => EnteredBy == staffId;
}
