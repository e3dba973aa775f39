using System.Globalization;
using KosovoElections.Application.Review.Leases;

namespace KosovoElections.Web.Components.Review.Leases;

/// <summary>
/// One lease as the form names it: the application and the reviewer the page showed holding it, so that a claim that
/// changed hands since the page was rendered is refused rather than taken from its new holder.
/// </summary>
public readonly record struct LeaseKey(Guid ApplicationId, Guid Holder)
{
    public static string Of(LeaseRow lease) => new LeaseKey(lease.ApplicationId, lease.ReviewerId).ToString();

    public static LeaseKey? Parse(string? text) =>
        text?.Split('.') is [var application, var holder]
        && Guid.TryParseExact(application, "N", out var applicationId)
        && Guid.TryParseExact(holder, "N", out var holderId)
            ? new LeaseKey(applicationId, holderId)
            : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ApplicationId:N}.{Holder:N}");
}
