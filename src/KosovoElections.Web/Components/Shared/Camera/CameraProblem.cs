namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>Why the camera is not running; each has its own guidance, text key and data-testid.</summary>
public enum CameraProblem
{
    Denied,
    Missing,
    InAppBrowser,
    Insecure,
    Busy,
    Other,
}

internal static class CameraProblems
{
    /// <summary>The module's word for a problem; anything else it might send (it is not trusted) is <see cref="CameraProblem.Other"/>.</summary>
    public static CameraProblem? FromModule(string? word) => word switch
    {
        null or "" => null,
        "denied" => CameraProblem.Denied,
        "missing" => CameraProblem.Missing,
        "in-app" => CameraProblem.InAppBrowser,
        "insecure" => CameraProblem.Insecure,
        "busy" => CameraProblem.Busy,
        _ => CameraProblem.Other,
    };

    public static string TestId(this CameraProblem problem) => problem switch
    {
        CameraProblem.Denied => "camera-denied",
        CameraProblem.Missing => "camera-missing",
        CameraProblem.InAppBrowser => "camera-in-app-browser",
        CameraProblem.Insecure => "camera-insecure",
        CameraProblem.Busy => "camera-busy",
        _ => "camera-error",
    };

    /// <summary>Trying again can help: the voter may have changed a setting or closed the other app.</summary>
    public static bool CanRetry(this CameraProblem problem) => problem is CameraProblem.Denied or CameraProblem.Busy or CameraProblem.Other;
}
