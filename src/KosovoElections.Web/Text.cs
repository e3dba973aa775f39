namespace KosovoElections.Web;

/// <summary>Marker for the user-visible texts in Resources/Text.resx (Albanian), Text.sr-Latn.resx and Text.en.resx.</summary>
public sealed class Text;
