namespace KosovoElections.Domain;

/// <summary>A rule of the election was broken by code that should have known better (an invalid transition, an impossible value).</summary>
public sealed class DomainException(string message) : Exception(message);
