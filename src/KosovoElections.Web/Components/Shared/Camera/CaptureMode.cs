namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>What is photographed: decides the camera (front or rear) and the guide drawn over the picture.</summary>
public enum CaptureMode
{
    /// <summary>The front camera and a face oval.</summary>
    Selfie,

    /// <summary>The rear camera and an ID-card frame.</summary>
    Document,
}
