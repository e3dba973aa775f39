namespace KosovoElections.Domain;

/// <summary>
/// Marks an enum whose values people read: each value has a text under the key <c>{Enum}_{Value}</c> (built by
/// <c>Application.Common.TextKey.For</c>) in every language, which a test checks for every enum so marked.
/// </summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class ShownToPeopleAttribute : Attribute;

/// <summary>Marks the value of a <see cref="ShownToPeopleAttribute"/> enum that is never shown by its own text (say why beside it).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class NotShownToPeopleAttribute : Attribute;
