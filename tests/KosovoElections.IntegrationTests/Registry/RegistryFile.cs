using System.Text;
using KosovoElections.Application.Registry;

namespace KosovoElections.IntegrationTests.Registry;

/// <summary>Registry CSV files written line by line, as the civil registry sends them (SPEC §8).</summary>
internal static class RegistryFile
{
    /// <summary>The header followed by <paramref name="rows"/>; the header is line 1, so rows[i] is line i + 2.</summary>
    public static MemoryStream With(params string[] rows) => Raw(RegistryRow.Header, rows);

    public static MemoryStream Raw(string header, params string[] rows) =>
        new(Encoding.UTF8.GetBytes(string.Join('\n', [header, .. rows]) + "\n"));

    /// <summary>The same file preceded by the UTF-8 byte order mark that spreadsheet programs write.</summary>
    public static MemoryStream WithByteOrderMark(params string[] rows)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.Preamble);
        With(rows).CopyTo(stream);
        stream.Position = 0;
        return stream;
    }

    public static string Row(
        string personalNumber,
        string firstName = "Arben",
        string lastName = "Krasniqi",
        string fatherName = "Ilir",
        string dateOfBirth = "1990-05-17",
        string sex = "M",
        string municipality = "Prishtinë",
        string status = "active") =>
        $"{personalNumber},{firstName},{lastName},{fatherName},{dateOfBirth},{sex},{municipality},{status}";
}
