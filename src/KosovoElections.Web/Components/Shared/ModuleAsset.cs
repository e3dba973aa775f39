using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Shared;

/// <summary>
/// The address a component imports its collocated JavaScript module from: the fingerprinted one the build's asset
/// manifest gives (served <c>immutable</c>, so a phone on a weak connection never revalidates it), or the plain path
/// where there is no manifest (component tests).
/// </summary>
internal static class ModuleAsset
{
    /// <param name="assets">The component's <c>Assets</c>.</param>
    /// <param name="path">The module as the component names it, <c>./Components/…/X.razor.js</c>.</param>
    public static string Resolve(ResourceAssetCollection assets, string path) => "./" + assets[path[2..]];
}
