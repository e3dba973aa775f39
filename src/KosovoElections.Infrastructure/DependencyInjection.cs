using KosovoElections.Application;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Administration.Retention;
using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Elections;
using KosovoElections.Application.Email;
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
using KosovoElections.Application.Registry;
using KosovoElections.Application.Review;
using KosovoElections.Application.Staff;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Application.Staff.SignIn;
using KosovoElections.Infrastructure.Audit;
using KosovoElections.Infrastructure.Demo;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.Infrastructure.Email.Templates;
using KosovoElections.Infrastructure.Health;
using KosovoElections.Infrastructure.Images;
using KosovoElections.Infrastructure.Monitoring;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Registry;
using KosovoElections.Infrastructure.Scheduling;
using KosovoElections.Infrastructure.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoElections.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the use cases (through the Application layer), the database, the ports' implementations and the background jobs.</summary>
    public static IServiceCollection AddElectionsCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddElectionsApplication();
        services.AddElectionsDatabase(configuration, contentRoot);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IAuditLog, DatabaseAuditLog>();
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddDocumentStore(configuration, contentRoot);
        services.AddSingleton<IImageProcessor, TurboJpegImageProcessor>();

        services.AddSingleton<IRegistryImporter, RegistryImporter>();
        services.AddTransient<DemoSeeder>();
        services.AddSingleton(configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions());
        services.AddSingleton(configuration.GetSection(ReviewOptions.Section).Get<ReviewOptions>() ?? new ReviewOptions());
        services.AddSingleton(configuration.GetSection(PostalEntryOptions.Section).Get<PostalEntryOptions>() ?? new PostalEntryOptions());
        services.AddSingleton(configuration.GetSection(AlertOptions.Section).Get<AlertOptions>() ?? new AlertOptions());
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton(configuration.GetSection(ElectionsOptions.Section).Get<ElectionsOptions>() ?? new ElectionsOptions());
        services.AddHostedService<MissionHoldReleaseService>();
        services.AddSingleton(RetentionSettings(configuration));
        services.AddHostedService<RetentionPurgeService>();
        services.AddSingleton<IAuthenticatorKeyProtector, DataProtectionAuthenticatorKeys>();
        services.AddSingleton<IInvitationProtector, DataProtectionInvitations>();
        services.AddSingleton(sp => SignInChallengeKey.DerivedFrom(sp.GetRequiredService<KeyRing.MasterKey>().Key));

        // E-mail: SMTP when Email:Smtp:Host is set, else .eml files; the transactional outbox and its dispatcher; codes.
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(email);
        services.AddSingleton(new MailPickupFolder(Path.Combine(contentRoot, email.PickupDirectory)));
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(email.Smtp.Host)
            ? new PickupDirectoryEmailSender(email, sp.GetRequiredService<MailPickupFolder>(), sp.GetRequiredService<TimeProvider>())
            : new SmtpEmailSender(email, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEmailTemplates, EmailTemplates>();
        services.AddSingleton<IMailOutbox, EmailOutbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatchService>();
        services.AddSingleton(configuration.GetSection(EmailCodeOptions.Section).Get<EmailCodeOptions>() ?? new EmailCodeOptions());

        services.AddHostedService<RegistryImportService>();

        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddHealthChecks().AddCheck<ImageProcessorCheck>("images", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Retention:ImageDays, refused at start with one line when it is not a whole number of days, or negative: that
    /// would delete the images of elections still to come.
    /// </summary>
    private static RetentionOptions RetentionSettings(IConfiguration configuration)
    {
        RetentionOptions options;
        try
        {
            options = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
        }
        catch (InvalidOperationException)
        {
            throw new SetupException($"Retention:ImageDays must be a whole number of days; \"{configuration["Retention:ImageDays"]}\" is not.");
        }

        return options.ImageDays >= 0 ? options
            : throw new SetupException($"Retention:ImageDays must be 0 or more days; {options.ImageDays} would delete the images of elections still to come.");
    }
}
