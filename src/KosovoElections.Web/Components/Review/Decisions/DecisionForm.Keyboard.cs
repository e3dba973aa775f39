using KosovoElections.Application.Review.Decisions;
using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace KosovoElections.Web.Components.Review.Decisions;

/// <summary>The form's keyboard: DecisionForm.razor.js listens on the page and calls <see cref="OnShortcutAsync"/>.</summary>
public sealed partial class DecisionForm : IAsyncDisposable
{
    internal const string ModulePath = "./Components/Review/Decisions/DecisionForm.razor.js";

    private IJSObjectReference? _module;
    private DotNetObjectReference<DecisionForm>? _self;

    /// <summary>Whether the page listens for the keys yet: until the circuit is up it does not, and the hint says so to tests.</summary>
    private bool _keysListening;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The keyboard: A approve, R reject (or confirm the rejection), C request a correction, Enter records the choice.</summary>
    [JSInvokable]
    public async Task OnShortcutAsync(string key)
    {
        DecisionKind? chosen = key.ToUpperInvariant() switch
        {
            "A" => DecisionKind.Approve,
            "R" => Kinds[0] == DecisionKind.ConfirmRejection ? DecisionKind.ConfirmRejection : DecisionKind.Reject,
            "C" => DecisionKind.RequestCorrection,
            _ => null,
        };
        if (chosen is { } kind && !Confirming)
        {
            Choose(kind);
        }
        else if (key == "Enter")
        {
            await SubmitAsync();
        }

        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop");
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the page's listener with it.
            }
        }

        _self?.Dispose();
    }

    private static string KeyOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => "A",
        DecisionKind.RequestCorrection => "C",
        _ => "R",
    };

    private async Task StartKeyboardAsync()
    {
        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModuleAsset.Resolve(Assets, ModulePath));
        await _module.InvokeVoidAsync("start", _self);
        _keysListening = true;
        StateHasChanged();
    }
}
