namespace KosovoElections.Web.Components.Admin.Elections.Setup;

/// <summary>What the election's page says after a mailbox or mission page sent the admin back (the <c>done</c> query value).</summary>
public static class ElectionSetupNotice
{
    public const string MailboxAdded = "mailbox-added";
    public const string MailboxChanged = "mailbox-changed";
    public const string MailboxRemoved = "mailbox-removed";
    public const string MissionAdded = "mission-added";
    public const string MissionChanged = "mission-changed";

    /// <summary>The text key of a known value; null for anything else, so a crafted link shows nothing.</summary>
    public static string? TextKeyOf(string? done) => done switch
    {
        MailboxAdded => "AdminMailbox_Added",
        MailboxChanged => "AdminMailbox_Changed",
        MailboxRemoved => "AdminMailbox_Removed",
        MissionAdded => "AdminMission_Added",
        MissionChanged => "AdminMission_Changed",
        _ => null,
    };
}
