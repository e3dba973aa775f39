using KosovoElections.Domain;

namespace KosovoElections.Application.Common;

/// <summary>
/// The one way to name the text of an enum value: <c>{Enum}_{Value}</c>, as in <c>DocumentSubtype_Passport</c>, and
/// <c>{Enum}_{Value}_{Aspect}</c> for a second text about the same value. Only enums marked
/// <see cref="ShownToPeopleAttribute"/> are accepted, so the test that every value has a text in every language cannot
/// miss an enum that a page shows.
/// </summary>
public static class TextKey
{
    public static string For<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        (Shown<TEnum>.Prefix
         ?? throw new InvalidOperationException($"{typeof(TEnum).Name} is shown to people: mark it [ShownToPeople] so the texts test covers its values."))
        + value.ToString();

    /// <summary>A second text about the same value, such as <c>DocumentSubtype_Passport_PhotoRequired</c>.</summary>
    public static string For<TEnum>(TEnum value, string aspect)
        where TEnum : struct, Enum =>
        $"{For(value)}_{aspect}";

    private static class Shown<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string? Prefix = typeof(TEnum).IsDefined(typeof(ShownToPeopleAttribute), inherit: false) ? typeof(TEnum).Name + "_" : null;
    }
}
