using KosovoElections.Domain;

namespace KosovoElections.Application.Review.Leases;

/// <summary>What became of a supervisor's release or reassignment of a claim.</summary>
[ShownToPeople]
public enum LeaseChange
{
    Released,
    Reassigned,

    /// <summary>The claim the supervisor saw is gone: it lapsed, was decided, released or handed on meanwhile.</summary>
    NoLongerHeld,

    /// <summary>The chosen staff member cannot review (unknown, disabled, or a role without review).</summary>
    NotAReviewer,
    NotPermitted,
}
