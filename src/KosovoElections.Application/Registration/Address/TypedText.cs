using System.Globalization;
using System.Text;

namespace KosovoElections.Application.Registration.Address;

/// <summary>What is kept of a typed line: composed (NFC), trimmed, inner runs of spaces made one.</summary>
public static class TypedText
{
    public static string Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return string.Empty;
        }

        var composed = typed.Normalize(NormalizationForm.FormC);
        var text = new StringBuilder(composed.Length);
        foreach (var c in composed.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// True when the text holds a control or invisible formatting character (tabs, line breaks, NUL, bidirectional
    /// overrides, zero-width characters): none belongs in an address, and they forge log lines and reorder text.
    /// </summary>
    public static bool HasControlCharacters(string? typed) =>
        typed is not null && typed.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse);
}
