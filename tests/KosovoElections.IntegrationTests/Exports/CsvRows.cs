using System.Text;

namespace KosovoElections.IntegrationTests.Exports;

/// <summary>A downloaded CSV file as a spreadsheet reads it: the byte-order mark checked and removed, RFC 4180 quotes undone.</summary>
public static class CsvRows
{
    public static async Task<List<string[]>> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "The file does not start with the UTF-8 byte-order mark.");
        return Parse(Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length)));
    }

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.True(row.Count == 0 && cell.Length == 0 && !quoted, "The file does not end with CRLF after its last row.");
        return rows;
    }
}
