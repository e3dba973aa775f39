namespace KosovoElections.Domain.Elections;

public enum ElectionKind
{
    Local,
    Assembly,
    MayoralRunoff,
    Early,
}

/// <summary>How the voter's ballot package comes back to the CEC.</summary>
public enum ReturnMethod
{
    PostalAbroad,
    PostalKosovo,
    DiplomaticMission,
}

/// <summary>Where registration stands at a given instant.</summary>
public enum RegistrationWindow
{
    NotYetOpen,
    Open,
    Closed,
}
