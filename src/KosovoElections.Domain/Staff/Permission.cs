namespace KosovoElections.Domain.Staff;

/// <summary>What a staff member may do in the back office; checked on the server, never only by hiding a button.</summary>
public enum Permission
{
    ReviewApplications,
    ViewApplicantDocuments,
    SecondReview,
    ReassignApplications,
    ViewAudit,
    ManageElections,
    ManageStaff,
    ManageRegistry,
    Export,
    ViewStatistics,

    /// <summary>Enter an application that arrived by post or, exceptionally, by e-mail (the only file upload there is).</summary>
    EnterPostalApplications,
}

/// <summary>The permissions each role grants (SPEC §2).</summary>
public static class RolePermissions
{
    private static readonly Permission[] Reviewer = [Permission.ReviewApplications, Permission.ViewApplicantDocuments];

    private static readonly Permission[] Supervisor =
        [.. Reviewer, Permission.SecondReview, Permission.ReassignApplications, Permission.ViewAudit, Permission.EnterPostalApplications, Permission.ViewStatistics];

    private static readonly Permission[] Admin =
    [
        Permission.ManageElections, Permission.ManageStaff, Permission.ManageRegistry, Permission.Export, Permission.ViewStatistics,
        Permission.ViewApplicantDocuments, Permission.ViewAudit, Permission.EnterPostalApplications,
    ];

    /// <summary>
    /// Only the entry of paper applications: the separation of duties holds by itself, and the applications' documents,
    /// the queue and the decisions stay with reviewers.
    /// </summary>
    private static readonly Permission[] DataEntry = [Permission.EnterPostalApplications];

    public static IReadOnlyList<Permission> Of(StaffRole role) => role switch
    {
        StaffRole.Reviewer => Reviewer,
        StaffRole.Supervisor => Supervisor,
        StaffRole.Admin => Admin,
        StaffRole.DataEntry => DataEntry,
        _ => [],
    };

    public static bool Grants(this StaffRole role, Permission permission) => Of(role).Contains(permission);
}
