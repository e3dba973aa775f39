using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Postal;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Apply.Address;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Postal;

/// <summary>
/// An application received by post or e-mail, entered by staff at /office/postal/new (issue 15) through
/// <see cref="EnterPostalApplication"/>: the one form in the service with a file upload. Statically rendered and posted
/// as multipart; the request's size is checked before its body is read (<see cref="UploadLimits"/>), each file's before
/// its bytes are. On success the page comes back empty with the reference, ready for the next letter.
/// </summary>
public sealed partial class PostalEntryPage
{
    private static readonly ApplicationChannel[] Channels = [ApplicationChannel.Post, ApplicationChannel.Email];

    private static readonly ReturnMethod[] ReturnMethods = [ReturnMethod.PostalAbroad, ReturnMethod.PostalKosovo];

    /// <summary>The fields from the top of the page down: the error summary lists its messages in this order (GOV.UK).</summary>
    private static readonly string[] FieldOrder =
    [
        "Channel", "ReceivedDay", "PostmarkDay", "PersonalNumber", "BirthDay", "Email",
        "Country", "City", "Street", "PostalCode", "CallingCode", "Phone", "ReturnMethod",
        "IdDocumentType", PaperDocument.FieldOf(DocumentKind.IdDocument), "ProofOfAddressType", PaperDocument.FieldOf(DocumentKind.ProofOfAddress),
    ];

    [SupplyParameterFromForm(FormName = "postal-entry", Name = "Form")]
    protected override PostalEntryForm? Posted { get; set; }

    [SupplyParameterFromQuery(Name = "entered")]
    public string? Entered { get; set; }

    [SupplyParameterFromQuery(Name = "too-large")]
    public string? TooLarge { get; set; }

    [Inject]
    private EnterPostalApplication Enter { get; set; } = default!;

    /// <summary>The reference of the application just entered, when the address names a well-formed one.</summary>
    private string? EnteredReference => Entered is { } typed && ReferenceNumber.IsValid(typed) ? typed : null;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        if (Posted is null && TooLarge is not null)
        {
            Errors.Add(new(PaperDocument.FieldOf(DocumentKind.IdDocument), T["PostalEntry_RequestTooLarge", UploadLimits.MaxRequestBytes / (1024 * 1024)]));
        }
    }

    private static int PlaceOf(string field) => Array.IndexOf(FieldOrder, field) is var i and >= 0 ? i : FieldOrder.Length;

    private string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task EnterAsync()
    {
        if (HttpContext.Staff() is not { } staff)
        {
            return;
        }

        var documents = await ReadFilesAsync();
        if (Errors.Count > 0)
        {
            return;
        }

        var result = await Enter.HandleAsync(new EnterPostalCommand(staff, Form, documents), HttpContext.RequestAborted);
        switch (result.Status)
        {
            case PostalEntryStatus.Entered:
                Navigation.NavigateTo($"/office/postal/new?entered={result.ReferenceNumber}");
                return;
            case PostalEntryStatus.Invalid:
                Errors.AddRange(AddressFields.Messages(result.Errors, T, AddressWording.Staff).OrderBy(e => PlaceOf(e.Key)));
                return;
            case PostalEntryStatus.AlreadyEntered when result.ReferenceNumber is { } existing:
                Errors.Add(new("PersonalNumber", $"{T[TextKey.For(result.Status)]} {T["PostalEntry_ExistingReference", existing]}"));
                return;
            default:
                Errors.Add(new(FieldOf(result.Status), T[TextKey.For(result.Status)]));
                return;
        }
    }

    /// <summary>Where a refusal is shown: the date that counted for the deadline, else the personal number.</summary>
    private string FieldOf(PostalEntryStatus status) => status switch
    {
        PostalEntryStatus.TooLate when Form.PostmarkedOn is not null && Enter.CountedDate(Form) == Form.PostmarkedOn => "PostmarkDay",
        PostalEntryStatus.TooLate => "ReceivedDay",
        PostalEntryStatus.NoElection or PostalEntryStatus.NotPermitted => "Channel",
        _ => "PersonalNumber",
    };

    /// <summary>
    /// The files posted, each read only after its declared length passed the limit (the request as a whole passed
    /// <see cref="UploadLimits"/> before the form was read). A file's name is kept only to compare it with its bytes.
    /// </summary>
    private async Task<List<PaperDocument>> ReadFilesAsync()
    {
        List<PaperDocument> documents = [];
        foreach (var kind in new[] { DocumentKind.IdDocument, DocumentKind.ProofOfAddress })
        {
            var file = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files.GetFile(PaperDocument.FieldOf(kind)) : null;
            if (file is null || file.Length == 0)
            {
                continue;
            }

            if (file.Length > UploadLimits.MaxFileBytes)
            {
                Errors.Add(new(PaperDocument.FieldOf(kind), T[TextKey.For(UploadProblem.TooLarge), UploadLimits.MaxFileBytes / (1024 * 1024)]));
                continue;
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, HttpContext.RequestAborted);
            }

            documents.Add(new PaperDocument(kind, Form.ChosenType(kind) ?? DocumentSubtype.None, file.FileName, content));
        }

        return documents;
    }
}
