namespace KosovoElections.Web.Components.Review.Queue;

/// <summary>Where an application's review screen lives.</summary>
public static class ReviewPath
{
    public static string Of(string referenceNumber) => "/office/applications/" + Uri.EscapeDataString(referenceNumber);
}
