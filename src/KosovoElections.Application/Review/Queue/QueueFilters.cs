using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Review.Queue;

/// <summary>The queue's filters as one query, shared by the page of rows and the counts.</summary>
internal static class QueueFilters
{
    /// <summary>
    /// Submitted applications only: a draft, and a draft withdrawn before it was ever sent, are the applicant's private
    /// work and never reach a reviewer.
    /// </summary>
    public static IQueryable<VoterApplication> Sent(this IQueryable<VoterApplication> applications) =>
        applications.Where(a => a.Status != ApplicationStatus.Draft && a.SubmittedAt != null);

    /// <summary>Every filter but the status.</summary>
    public static IQueryable<VoterApplication> Matching(this IQueryable<VoterApplication> applications, IElectionsDb db, ReviewQueueQuery query)
    {
        var matching = applications.Sent();
        if (query.Country is { } country)
        {
            matching = matching.Where(a => a.Address!.CountryCode == country);
        }

        if (query.MunicipalityId is { } municipality)
        {
            matching = matching.Where(a => db.RegistryEntries.Any(r => r.PersonalNumber == a.PersonalNumber && r.MunicipalityId == municipality));
        }

        if (query.ReturnMethod is { } method)
        {
            matching = matching.Where(a => a.ReturnMethod == method);
        }

        if (query.Flag is { } flag)
        {
            matching = matching.Where(a => db.Flags.Any(f => f.ApplicationId == a.Id && f.Kind == flag));
        }

        if (query.Channel is { } channel)
        {
            matching = matching.Where(a => a.Channel == channel);
        }

        if (query.SubmittedFromUtc is { } from)
        {
            matching = matching.Where(a => a.SubmittedAt >= from);
        }

        if (query.SubmittedBeforeUtc is { } before)
        {
            matching = matching.Where(a => a.SubmittedAt < before);
        }

        return matching;
    }
}
