namespace KosovoElections.Domain.Elections;

[ShownToPeople]
public enum ElectionKind
{
    Local,
    Assembly,
    MayoralRunoff,
    Early,
}

/// <summary>How the voter's ballot package comes back to the CEC.</summary>
[ShownToPeople]
public enum ReturnMethod
{
    PostalAbroad,
    PostalKosovo,
    DiplomaticMission,
}

/// <summary>Where registration stands at a given instant.</summary>
[ShownToPeople]
public enum RegistrationWindow
{
    NotYetOpen,
    Open,
    Closed,
}
