using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Components.Shared;

/// <summary>
/// What every statically rendered form page shares (the sign-ins and the applicant's plain steps): the form is posted over
/// plain HTTP, so a cookie can be set and no circuit is needed. The page gets the request, navigation, the texts and
/// its field messages (field id → message, for the <c>ErrorSummary</c> and the fields).
/// </summary>
public abstract class StaticFormPage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<Text> T { get; set; } = default!;

    /// <summary>Field id → message in the reader's language, in the order of the page.</summary>
    protected List<KeyValuePair<string, string>> Errors { get; } = [];

    /// <summary>The validator's text keys, all about one field, as that field's messages.</summary>
    protected void AddErrors(string field, IEnumerable<string> keys) =>
        Errors.AddRange(keys.Select(key => new KeyValuePair<string, string>(field, T[key])));
}

/// <summary>
/// A <see cref="StaticFormPage"/> with one form model: what was posted, kept as typed, or a new one. The page declares
/// <see cref="Posted"/> with its own form name: <c>[SupplyParameterFromForm(FormName = "…", Name = "Form")]</c>.
/// </summary>
public abstract class StaticFormPage<TForm> : StaticFormPage
    where TForm : class, new()
{
    protected abstract TForm? Posted { get; set; }

    protected TForm Form { get; set; } = new();

    protected override void OnInitialized() => Form = Posted ?? new TForm();
}
