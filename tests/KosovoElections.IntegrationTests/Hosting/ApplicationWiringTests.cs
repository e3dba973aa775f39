using FluentValidation;
using KosovoElections.Application;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>The Application layer wires itself: every use case and validator it registers resolves in the real host.</summary>
public sealed class ApplicationWiringTests
{
    private static readonly System.Reflection.Assembly ApplicationLayer = typeof(DependencyInjection).Assembly;

    [Fact]
    public async Task Host_EveryUseCaseOfTheApplicationLayer_Resolves()
    {
        var registered = new ServiceCollection().AddElectionsApplication()
            .Where(d => d.ServiceType.Assembly == ApplicationLayer && !d.ServiceType.IsInterface)
            .Select(d => d.ServiceType)
            .ToList();
        await using var host = await StartAsync();

        Assert.NotEmpty(registered);
        Assert.All(registered, type => Assert.NotNull(host.Services.GetRequiredService(type)));
    }

    [Fact]
    public async Task Host_EveryValidatorOfTheApplicationLayer_IsTheOneTheUseCasesGet()
    {
        var validators = ApplicationLayer.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        await using var host = await StartAsync();

        Assert.NotEmpty(validators);
        Assert.All(validators, v => Assert.IsType(v, host.Services.GetRequiredService(typeof(IValidator<>).MakeGenericType(v.BaseType!.GenericTypeArguments[0]))));
    }

    private static Task<TestHost> StartAsync() =>
        TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, nameof(ApplicationWiringTests)), new TestClock(DateTimeOffset.UtcNow));
}
