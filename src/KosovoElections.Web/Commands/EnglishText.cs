using System.Globalization;
using System.Resources;
using KosovoElections.Application.Common;

namespace KosovoElections.Web.Commands;

/// <summary>The operator's console speaks English: a use case's messages in their English text (Resources/Text.en.resx).</summary>
internal static class EnglishText
{
    private static readonly ResourceManager Texts = new("KosovoElections.Web.Resources.Text", typeof(Text).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Of(TextMessage message) =>
        string.Format(CultureInfo.InvariantCulture, Texts.GetString(message.Key, English) ?? message.Key, message.Arguments);

    /// <summary>One message a line, as the commands print refusals.</summary>
    public static string Of(IEnumerable<TextMessage> messages) => string.Join(Environment.NewLine, messages.Select(Of));
}
