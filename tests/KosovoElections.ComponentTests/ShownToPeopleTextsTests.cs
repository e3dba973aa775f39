using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using KosovoElections.Application.Common;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.ComponentTests;

/// <summary>
/// Every value of every enum marked <see cref="ShownToPeopleAttribute"/> has its text, under the key
/// <see cref="TextKey.For{TEnum}(TEnum)"/> builds, in Albanian, Serbian (Latin) and English. A page can only turn an
/// enum into a key through <see cref="TextKey"/>, which refuses an unmarked enum, so a new enum cannot slip past.
/// </summary>
public sealed class ShownToPeopleTextsTests
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(KosovoElections.Web.Text).Assembly);

    private static readonly Assembly[] Layers =
    [
        typeof(ApplicationStatus).Assembly,
        typeof(TextKey).Assembly,
        typeof(KosovoElections.Infrastructure.DependencyInjection).Assembly,
        typeof(KosovoElections.Web.Text).Assembly,
    ];

    public static TheoryData<string> Cultures => new() { "sq", "sr-Latn", "en" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryEnumValueShownToPeople_HasItsText(string culture)
    {
        var texts = Texts.GetResourceSet(culture == "sq" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);

        var missing = ShownValues().Select(KeyOf).Where(key => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(key))).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ShownToPeople_MarksTheEnumsThePagesShow()
    {
        var marked = MarkedEnums().ToList();

        Assert.Contains(typeof(ApplicationStatus), marked);
        Assert.Contains(typeof(DocumentSubtype), marked);
        Assert.Contains(typeof(KosovoElections.Application.Registration.SignIn.SignInStatus), marked);
        Assert.True(ShownValues().Count() > 50, "the enum values shown to people were not found");
    }

    private static IEnumerable<Type> MarkedEnums() =>
        Layers.SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.IsDefined(typeof(ShownToPeopleAttribute), inherit: false));

    private static IEnumerable<Enum> ShownValues() =>
        MarkedEnums().SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => !f.IsDefined(typeof(NotShownToPeopleAttribute), inherit: false))
            .Select(f => (Enum)f.GetValue(null)!));

    private static string KeyOf(Enum value) =>
        (string)typeof(TextKey).GetMethods()
            .Single(m => m.Name == nameof(TextKey.For) && m.GetParameters().Length == 1)
            .MakeGenericMethod(value.GetType())
            .Invoke(null, [value])!;
}

/// <summary>Every text key an administration use case or validator names (its <c>const string</c> keys) has a text.</summary>
public sealed class AdministrationTextsTests
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(KosovoElections.Web.Text).Assembly);

    [Fact]
    public void EveryAdministrationKey_HasAnEnglishText()
    {
        var keys = typeof(TextKey).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("KosovoElections.Application.Administration", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.True(keys.Count > 20, "the administration's text keys were not found");
        Assert.DoesNotContain(keys, k => Texts.GetString(k, CultureInfo.GetCultureInfo("en")) is null);
    }
}
