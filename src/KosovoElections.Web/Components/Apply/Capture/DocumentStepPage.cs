using KosovoElections.Application.Registration;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Web.Components.Apply.Capture;

/// <summary>One page of the documents step: it completes part of <see cref="ApplicationStep.Documents"/> and leads to the next page to do.</summary>
public abstract class DocumentStepPage : CapturePage
{
    /// <summary>Which page of the documents step this is.</summary>
    protected abstract DocumentPage Page { get; }

    protected sealed override ApplicationStep Step => ApplicationStep.Documents;

    /// <summary>Where the page's Back link goes.</summary>
    protected string BackPath => DocumentPages.Before(Page, Captures);

    protected override string NextPath(MyApplication? application) => DocumentPages.After(Page, Captures, application);
}
