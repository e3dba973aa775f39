using System.Net.Http.Headers;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>A form with a file input, posted as a browser does: multipart/form-data.</summary>
public sealed partial class BrowserSession
{
    /// <summary>Loads the page with the form, then posts the fields and files with the form's handler name and antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitWithFilesAsync(string url, string formName, IDictionary<string, string> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        var token = TokenOf(await GetPageAsync(url));
        return await PostWithFilesAsync(url, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName }, files);
    }

    /// <summary>Posts the fields and files as they are (the caller brings the token, or leaves it out on purpose).</summary>
    public Task<HttpResponseMessage> PostWithFilesAsync(string url, IDictionary<string, string> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg");
            content.Add(file, field, fileName);
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }
}
