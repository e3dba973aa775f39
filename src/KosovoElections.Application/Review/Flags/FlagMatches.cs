using KosovoElections.Application.Common;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Flags;

/// <summary>Something this application shares with <paramref name="Other"/>; each side's detail names its own documents.</summary>
internal sealed record FlagMatch(FlagKind Kind, Guid Other, string? OwnDetail = null, string? OtherDetail = null);

/// <summary>The searches behind the flags that pair two applications; each is one query on an indexed column.</summary>
internal static class FlagMatches
{
    /// <summary>
    /// Photos whose perceptual hash shares a band with one of ours are checked in memory. A plain, featureless picture
    /// hashes to a band many others share, so the candidates are capped: past the cap, a reviewer would learn nothing
    /// from one more "similar" flag.
    /// </summary>
    private const int MaxSimilarCandidates = 500;

    /// <summary>
    /// The same e-mail, phone (E.164 as stored) or address on another live, sent application of the election. E-mails are
    /// stored trimmed and lower-case at verification (migration <c>ApplicantEmailNormalized</c> did the older rows), so
    /// an equality finds them along the (election, e-mail) index whatever case the applicants typed.
    /// </summary>
    public static async Task<List<FlagMatch>> SharedContactsAsync(IElectionsDb db, VoterApplication application, CancellationToken cancellationToken)
    {
        var email = application.Email is { } typed ? EmailCode.Normalize(typed) : null;
        var phone = application.Phone;
        var country = application.Address?.CountryCode;
        var postalCode = application.Address?.PostalCode;
        if (email is null && phone is null && country is null)
        {
            return [];
        }

        var others = await db.Applications.AsNoTracking()
            .Where(a => a.ElectionId == application.ElectionId && a.Id != application.Id && a.Status != ApplicationStatus.Draft
                && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
            .Where(a => (email != null && a.Email == email) || (phone != null && a.Phone == phone)
                || (country != null && a.Address!.CountryCode == country && a.Address.PostalCode == postalCode))
            .Select(a => new { a.Id, a.Email, a.Phone, Address = a.Address })
            .ToListAsync(cancellationToken);

        var street = Comparable(application.Address?.Street);
        List<FlagMatch> matches = [];
        foreach (var other in others)
        {
            if (email is not null && other.Email == email)
            {
                matches.Add(new(FlagKind.SharedEmail, other.Id));
            }

            if (phone is not null && other.Phone == phone)
            {
                matches.Add(new(FlagKind.SharedPhone, other.Id));
            }

            if (country is not null && other.Address is { } address && address.CountryCode == country
                && Comparable(address.PostalCode) == Comparable(postalCode) && Comparable(address.Street) == street)
            {
                matches.Add(new(FlagKind.SharedAddress, other.Id));
            }
        }

        return matches;
    }

    /// <summary>
    /// The same person's other live, sent application in this election: one made online and one on paper (decision 0016).
    /// Both are flagged; only one of them can be approved.
    /// </summary>
    public static async Task<List<FlagMatch>> SamePersonAsync(IElectionsDb db, VoterApplication application, CancellationToken cancellationToken)
    {
        var others = await db.Applications.AsNoTracking()
            .Where(a => a.ElectionId == application.ElectionId && a.PersonalNumber == application.PersonalNumber && a.Id != application.Id
                && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. others.Select(other => new FlagMatch(FlagKind.SamePerson, other))];
    }

    /// <summary>A photo of another sent application (any election) with the same SHA-256: the very same file.</summary>
    public static async Task<List<FlagMatch>> SameImagesAsync(IElectionsDb db, Guid applicationId, List<Document> documents, CancellationToken cancellationToken)
    {
        // One equality per photo (a handful): it reaches the fixed-length SHA-256 column's index on every provider,
        // where a list parameter's element type might not match the column's.
        var found = new List<(Guid ApplicationId, DocumentKind Kind, string Sha256)>();
        foreach (var hash in documents.Select(d => d.Sha256).Distinct())
        {
            var same = await SentDocuments(db, applicationId).Where(d => d.Sha256 == hash)
                .Select(d => new { d.ApplicationId, d.Kind }).ToListAsync(cancellationToken);
            found.AddRange(same.Select(d => (d.ApplicationId, d.Kind, hash)));
        }

        return [.. found.GroupBy(d => d.ApplicationId).Select(other => new FlagMatch(
            FlagKind.SameImage,
            other.Key,
            FlagDetail.Of(documents.Where(d => other.Any(o => o.Sha256 == d.Sha256)).Select(d => d.Kind)),
            FlagDetail.Of(other.Select(o => o.Kind))))];
    }

    /// <summary>
    /// A photo of another sent application that is not the same file but nearly the same picture: found through an
    /// equal 16-bit band of the perceptual hash (<see cref="ImageSimilarity"/>), then compared bit by bit.
    /// </summary>
    public static async Task<List<FlagMatch>> SimilarImagesAsync(IElectionsDb db, Guid applicationId, List<Document> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var band0 = documents.Select(d => d.HashBand0).Distinct().ToList();
        var band1 = documents.Select(d => d.HashBand1).Distinct().ToList();
        var band2 = documents.Select(d => d.HashBand2).Distinct().ToList();
        var band3 = documents.Select(d => d.HashBand3).Distinct().ToList();
        var candidates = await SentDocuments(db, applicationId).Where(d => d.Format == DocumentFormat.Jpeg)
            .Where(d => band0.Contains(d.HashBand0) || band1.Contains(d.HashBand1) || band2.Contains(d.HashBand2) || band3.Contains(d.HashBand3))
            .Select(d => new { d.ApplicationId, d.Kind, d.Sha256, d.PerceptualHash })
            .Take(MaxSimilarCandidates)
            .ToListAsync(cancellationToken);

        var pairs = (
            from own in documents
            from other in candidates
            where own.Sha256 != other.Sha256 && ImageSimilarity.AreNearEqual(own.PerceptualHash, other.PerceptualHash)
            select (Own: own.Kind, other.ApplicationId, Other: other.Kind)).ToList();
        return [.. pairs.GroupBy(p => p.ApplicationId).Select(other => new FlagMatch(
            FlagKind.SimilarImage, other.Key, FlagDetail.Of(other.Select(p => p.Own)), FlagDetail.Of(other.Select(p => p.Other))))];
    }

    /// <summary>Documents of other applications that were sent: a draft's photos are flagged when the draft is sent.</summary>
    private static IQueryable<Document> SentDocuments(IElectionsDb db, Guid applicationId) =>
        from d in db.Documents.AsNoTracking()
        where d.ApplicationId != applicationId
        join a in db.Applications on d.ApplicationId equals a.Id
        where a.Status != ApplicationStatus.Draft
        select d;

    /// <summary>An address line as compared: case and white space do not count.</summary>
    private static string Comparable(string? text) =>
        new([.. (text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
}
