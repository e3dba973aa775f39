namespace KosovoElections.Application.Email;

/// <summary>One e-mail to one person: both a plain-text and an HTML body, in the recipient's language (sq, sr-Latn or en).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody, string Language);
