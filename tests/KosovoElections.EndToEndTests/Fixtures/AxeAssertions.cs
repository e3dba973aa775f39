using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KosovoElections.EndToEndTests.Fixtures;

public static class AxeAssertions
{
    /// <summary>Runs axe-core on the page as it is now and fails with every serious or critical violation, one a line.</summary>
    public static async Task AssertNoSeriousAxeViolationsAsync(this IPage page)
    {
        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
