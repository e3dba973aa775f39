using KosovoElections.Application.Common;

namespace KosovoElections.Application.Email;

/// <summary>
/// Queues e-mail in the caller's unit of work: the message is stored by the same SaveChanges as the business change
/// and sent afterwards by a background dispatcher, so a mail server that is down delays mail but never fails the step.
/// </summary>
public interface IMailOutbox
{
    void Enqueue(IElectionsDb db, EmailMessage message);
}
