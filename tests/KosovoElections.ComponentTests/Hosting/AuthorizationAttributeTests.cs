using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Hosting;

/// <summary>The attributes on pages and endpoints name the policies the host registers, each permission its own.</summary>
public sealed class AuthorizationAttributeTests
{
    public static TheoryData<Permission> Permissions() => [.. Enum.GetValues<Permission>()];

    [Theory]
    [MemberData(nameof(Permissions))]
    public async Task RequirePermission_EachPermission_IsAStaffPolicyDemandingThatPermission(Permission permission)
    {
        var attribute = new RequirePermissionAttribute(permission);

        Assert.Equal(StaffAuthentication.PolicyFor(permission), attribute.Policy);
        var policy = await PolicyAsync(attribute.Policy!);
        Assert.Equal([StaffAuthentication.Scheme], policy.AuthenticationSchemes);
        var demanded = policy.Requirements.OfType<ClaimsAuthorizationRequirement>().SelectMany(r => r.AllowedValues ?? []);
        Assert.Contains(permission.ToString(), demanded);
        Assert.DoesNotContain(Enum.GetValues<Permission>().Where(p => p != permission).Select(p => p.ToString()), demanded.Contains);
    }

    [Fact]
    public void RequirePermission_AllPermissions_HaveDistinctPolicies() =>
        Assert.Equal(
            Enum.GetValues<Permission>().Length,
            Enum.GetValues<Permission>().Select(p => new RequirePermissionAttribute(p).Policy).Distinct().Count());

    [Fact]
    public async Task AuthorizeApplicant_Policy_IsTheApplicantSchemesPolicy()
    {
        var policy = await PolicyAsync(new AuthorizeApplicantAttribute().Policy!);
        Assert.Equal(ApplicantAuthentication.Policy, new AuthorizeApplicantAttribute().Policy);
        Assert.Equal([ApplicantAuthentication.Scheme], policy.AuthenticationSchemes);
    }

    [Fact]
    public async Task AuthorizeStaff_Policy_IsTheSignedInStaffPolicy()
    {
        var policy = await PolicyAsync(new AuthorizeStaffAttribute().Policy!);
        Assert.Equal(StaffAuthentication.SignedInPolicy, new AuthorizeStaffAttribute().Policy);
        Assert.Equal([StaffAuthentication.Scheme], policy.AuthenticationSchemes);
    }

    /// <summary>The policy as the host registers it; an unknown name fails the test.</summary>
    private static async Task<AuthorizationPolicy> PolicyAsync(string name)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicantAuthentication();
        builder.AddStaffAuthentication();
        await using var services = builder.Services.BuildServiceProvider();
        var policy = await services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(name);
        Assert.NotNull(policy);
        return policy;
    }
}
