using KosovoElections.Application.Administration.Retention;
using KosovoElections.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Retention;

/// <summary>Retention:ImageDays as the host and every command read it at start.</summary>
public sealed class RetentionSettingTests
{
    [Fact]
    public void ImageDays_NotSet_IsThirty() => Assert.Equal(30, Options(null).ImageDays);

    [Fact]
    public void ImageDays_NotANumber_StopsTheStartWithOneLine() =>
        Assert.Equal("Retention:ImageDays must be a whole number of days; \"thirty\" is not.", Assert.Throws<SetupException>(() => Options("thirty")).Message);

    [Fact]
    public void ImageDays_Set_IsUsed() => Assert.Equal(90, Options("90").ImageDays);

    [Fact]
    public void ImageDays_Negative_StopsTheStartWithOneLine()
    {
        var refused = Assert.Throws<SetupException>(() => Options("-1"));
        Assert.StartsWith("Retention:ImageDays must be 0 or more days", refused.Message, StringComparison.Ordinal);
    }

    private static RetentionOptions Options(string? imageDays)
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Default"] = "Data Source=:memory:" };
        if (imageDays is not null)
        {
            settings["Retention:ImageDays"] = imageDays;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddElectionsCore(configuration, Path.GetTempPath()).BuildServiceProvider();
        return services.GetRequiredService<RetentionOptions>();
    }
}
