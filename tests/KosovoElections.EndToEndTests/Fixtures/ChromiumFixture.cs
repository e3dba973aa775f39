using Microsoft.Playwright;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// One headless Debian Chromium shared by a test collection; each test opens its own context (cookies, language,
/// time zone, permissions) with <see cref="NewContextAsync"/>. Derive and override <see cref="ExtraArguments"/> for a
/// browser with other switches, such as a fake camera.
/// </summary>
public class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Generous, because the machines that run the tests are small and shared.</summary>
    public const float Timeout = 30_000;

    private static readonly string[] Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Switches added to the standard ones, e.g. <c>--use-fake-device-for-media-stream</c>.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>Launches Debian's Chromium headless with the switches this machine needs, plus <paramref name="extraArguments"/>.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, IEnumerable<string> extraArguments)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed ({ExecutablePath} missing): run scripts/test.sh, which installs it.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Switches, .. extraArguments],
            Timeout = Timeout,
        });
    }

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }

    public virtual async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright, ExtraArguments);
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
