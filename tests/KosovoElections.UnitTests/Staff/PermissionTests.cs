using KosovoElections.Domain.Staff;

namespace KosovoElections.UnitTests.Staff;

public sealed class PermissionTests
{
    [Theory]
    [InlineData(StaffRole.Reviewer, Permission.ReviewApplications, true)]
    [InlineData(StaffRole.Reviewer, Permission.ViewApplicantDocuments, true)]
    [InlineData(StaffRole.Reviewer, Permission.SecondReview, false)]
    [InlineData(StaffRole.Reviewer, Permission.ViewAudit, false)]
    [InlineData(StaffRole.Reviewer, Permission.ManageStaff, false)]
    [InlineData(StaffRole.Supervisor, Permission.SecondReview, true)]
    [InlineData(StaffRole.Supervisor, Permission.ReassignApplications, true)]
    [InlineData(StaffRole.Supervisor, Permission.ViewAudit, true)]
    [InlineData(StaffRole.Supervisor, Permission.ViewApplicantDocuments, true)]
    [InlineData(StaffRole.Supervisor, Permission.ManageElections, false)]
    [InlineData(StaffRole.Supervisor, Permission.ViewStatistics, true)]
    [InlineData(StaffRole.Reviewer, Permission.ViewStatistics, false)]
    [InlineData(StaffRole.Admin, Permission.ManageElections, true)]
    [InlineData(StaffRole.Admin, Permission.ManageStaff, true)]
    [InlineData(StaffRole.Admin, Permission.ManageRegistry, true)]
    [InlineData(StaffRole.Admin, Permission.Export, true)]
    [InlineData(StaffRole.Admin, Permission.ViewStatistics, true)]
    [InlineData(StaffRole.Admin, Permission.ViewApplicantDocuments, true)]
    [InlineData(StaffRole.Admin, Permission.ReviewApplications, false)]
    public void Grants_RoleAndPermission_FollowSpec(StaffRole role, Permission permission, bool granted) =>
        Assert.Equal(granted, role.Grants(permission));
}
