using KosovoElections.Application.Review.Screen;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;

namespace KosovoElections.ComponentTests.Review.Screen;

/// <summary>One application as the review screen receives it, for the screen's parts.</summary>
internal static class ReviewSample
{
    public static ApplicationForReview Application(int ageOnElectionDay = 37, RegistryStatus status = RegistryStatus.Active) => new(
        Guid.NewGuid(),
        "KE-8ATN63Q4",
        ApplicationStatus.InReview,
        Guid.NewGuid(),
        new RegistryFacts("Blerta", "Shala", "Agim", new DateOnly(1990, 1, 1), Sex.Female, "Rahovec", "Orahovac", status),
        new EnteredFacts(new DateOnly(1990, 1, 1), "blerta@example.org", "+41760000002", new AddressAbroad("CH", "Zürich", "Teststrasse 1", "8001"), ReturnMethod.PostalAbroad, null),
        new ElectionName("Zgjedhjet 2027", "Izbori 2027", "Elections 2027"),
        new DateOnly(2027, 4, 11),
        ageOnElectionDay,
        new DateTime(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc),
        null,
        null,
        ReviewAccess.Decide,
        [Photo(DocumentKind.Selfie)],
        [],
        [],
        [],
        null,
        [],
        []);

    public static DocumentForReview Photo(DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None, bool deleted = false) =>
        new(Guid.NewGuid(), kind, subtype, 1200, 1600, 128, 500, deleted);
}
