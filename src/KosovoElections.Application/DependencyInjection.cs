using FluentValidation;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Administration.Retention;
using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Elections;
using KosovoElections.Application.Exports;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Postal;
using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.CheckAnswers;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.HandOff;
using KosovoElections.Application.Registration.Receipt;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Application.Registration.Withdrawal;
using KosovoElections.Application.Registry.Upload;
using KosovoElections.Application.Review;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Application.Review.Flags;
using KosovoElections.Application.Review.Leases;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Review.Screen;
using KosovoElections.Application.Review.SecondReview;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Staff.SignIn;
using KosovoElections.Application.Statistics;
using KosovoElections.Application.Statistics.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.Application;

/// <summary>
/// The Application layer wires its own use cases, one <c>Add…</c> per feature folder, and every validator of the
/// assembly; Infrastructure adds only the ports, the database and the background jobs. A new feature adds its folder
/// and one line here.
/// </summary>
public static class DependencyInjection
{
    public static IServiceCollection AddElectionsApplication(this IServiceCollection services)
    {
        // Validators hold no state, so one instance serves every circuit, request and command.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services
            .AddRegistration()
            .AddStaffSignIn()
            .AddReview()
            .AddAdministration()
            .AddElections()
            .AddAudit()
            .AddMonitoring()
            .AddStatistics()
            .AddExports()
            .AddRegistryUploads()
            .AddPostal()
            .AddDashboard();
    }

    /// <summary>The applicant's steps (Registration/): sign-in to receipt.</summary>
    private static IServiceCollection AddRegistration(this IServiceCollection services) => services
        .AddTransient<SignInApplicant>()
        .AddTransient<ProofOfWorkGate>()
        .AddTransient<SignInChallenges>()
        .AddTransient<ApplicantSessions>()
        .AddTransient<GetMyApplication>()
        .AddTransient<CaptureDocument>()
        .AddTransient<GetMyCaptures>()
        .AddTransient<ReadOwnDocument>()
        .AddTransient<RequestEmailCode>()
        .AddTransient<VerifyEmailCode>()
        .AddTransient<GetEmailCodeState>()
        .AddTransient<RecordAddressAndPhone>()
        .AddTransient<GetMyAddressAndPhone>()
        .AddTransient<GetReturnMethodChoices>()
        .AddTransient<ChooseReturnMethod>()
        .AddTransient<ReleaseExpiredMissionHolds>()
        .AddTransient<GetMyAnswers>()
        .AddTransient<SubmitApplication>()
        .AddTransient<WithdrawApplication>()
        .AddTransient<GetMyReceipt>()
        .AddTransient<PhoneHandOffs>()
        .AddTransient<RemoveProofOfAddressPage>();

    /// <summary>Staff sign-in, the second factor and staff sessions (Staff/).</summary>
    private static IServiceCollection AddStaffSignIn(this IServiceCollection services) => services
        .AddTransient<SignInStaff>()
        .AddTransient<AuthenticatorEnrolment>()
        .AddTransient<VerifyStaffCode>()
        .AddTransient<StaffSessions>();

    /// <summary>The back office's review (Review/).</summary>
    private static IServiceCollection AddReview(this IServiceCollection services) => services
        .AddTransient<ViewApplicantDocument>()
        .AddTransient<ClaimNextApplication>()
        .AddTransient<RenewLease>()
        .AddTransient<FlagApplication>()
        .AddTransient<GetApplicationForReview>()
        .AddTransient<GetLeases>()
        .AddTransient<ReleaseLease>()
        .AddTransient<ReassignLease>()
        .AddTransient<GetReviewQueue>()
        .AddTransient<GetReviewFilters>()
        .AddTransient<DecideApplication>()
        .AddTransient<DecisionLetters>()
        .AddTransient<GetSecondReviewQueue>()
        .AddSingleton<QueueCounts>();

    /// <summary>Elections, deadlines and staff accounts (Administration/).</summary>
    private static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddTransient<CreateElection>()
        .AddTransient<EditElection>()
        .AddTransient<SetDeadline>()
        .AddTransient<AddMailbox>()
        .AddTransient<AddMission>()
        .AddTransient<ListElections>()
        .AddTransient<ChangeDeadline>()
        .AddTransient<ConfirmDeadlineChange>()
        .AddTransient<CreateStaffMember>()
        .AddTransient<PurgeIdentityImages>()
        .AddTransient<GetRetentionOverview>()
        .AddTransient<StaffInvitations>()
        .AddTransient<InviteStaffMember>()
        .AddTransient<SetStaffPassword>()
        .AddTransient<ListStaff>()
        .AddTransient<ChangeStaffAccount>()
        .AddTransient<ListMailboxesAndMissions>()
        .AddTransient<RemoveMailbox>()
        .AddTransient<ChangeMissionCapacity>()
        .AddTransient<OpenRunoff>()
        .AddTransient<GetRunoffChoices>();

    /// <summary>The election open now (Elections/).</summary>
    private static IServiceCollection AddElections(this IServiceCollection services) => services
        .AddTransient<FindCurrentElection>();

    /// <summary>The audit chain's verification and the audit log's search (Audit/).</summary>
    private static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddTransient<VerifyAuditChain>()
        .AddTransient<SearchAuditLog>();

    /// <summary>Metrics and surge warnings (Monitoring/): one instance counts for the host (its meter comes from the host's IMeterFactory).</summary>
    private static IServiceCollection AddMonitoring(this IServiceCollection services) => services
        .AddSingleton<SurgeAlerts>()
        .AddSingleton<ElectionsMetrics>();

    /// <summary>The public statistics (Statistics/): one instance keeps the figures of the last minute for every visitor.</summary>
    private static IServiceCollection AddStatistics(this IServiceCollection services) => services
        .AddSingleton<GetPublicStatistics>();

    /// <summary>The admins' exports and the printable approved lists (Exports/).</summary>
    private static IServiceCollection AddExports(this IServiceCollection services) => services
        .AddTransient<ExportApprovedVoters>()
        .AddTransient<ExportMailingList>()
        .AddTransient<ExportDailyStatistics>()
        .AddTransient<GetApprovedListForPrint>()
        .AddTransient<GetExportChoices>();

    /// <summary>The admins' upload of the civil registry (Registry/Upload/): one import at a time, run by the background job.</summary>
    private static IServiceCollection AddRegistryUploads(this IServiceCollection services) => services
        .AddSingleton<RegistryImportQueue>()
        .AddSingleton<RegistryImportsRunningHere>()
        .AddTransient<StartRegistryImport>()
        .AddTransient<RunRegistryImport>()
        .AddTransient<GetLatestRegistryImport>();

    /// <summary>Applications that came by post or e-mail, entered by staff (Postal/).</summary>
    private static IServiceCollection AddPostal(this IServiceCollection services) => services
        .AddTransient<EnterPostalApplication>();

    /// <summary>The supervisors' and admins' dashboard (Statistics/Dashboard/): exact figures, counted anew on every view.</summary>
    private static IServiceCollection AddDashboard(this IServiceCollection services) => services
        .AddTransient<GetDashboard>();
}
