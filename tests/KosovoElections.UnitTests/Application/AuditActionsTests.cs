using System.Reflection;
using System.Text.RegularExpressions;
using KosovoElections.Application.Audit;

namespace KosovoElections.UnitTests.Application;

public sealed partial class AuditActionsTests
{
    // Irregular past participles; every other last word ends in "-ed".
    private static readonly string[] Irregular = ["chosen", "withdrawn"];

    private static List<string> Catalogue() =>
        typeof(AuditActions).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void Catalogue_EveryAction_IsUnique()
    {
        var actions = Catalogue();

        Assert.True(actions.Count > 30, "the catalogue's actions were not found");
        Assert.Equal(actions.Count, actions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalogue_EveryAction_IsNounDotVerbEd()
    {
        foreach (var action in Catalogue())
        {
            Assert.Matches(Shape(), action);
            var lastWord = action.Split('.', '-')[^1];
            Assert.True(lastWord.EndsWith("ed", StringComparison.Ordinal) || Irregular.Contains(lastWord), $"{action}: the last word is not a past participle");
        }
    }

    // Lower-case words joined by '-', at least two segments joined by '.'.
    [GeneratedRegex("^[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+$")]
    private static partial Regex Shape();
}
