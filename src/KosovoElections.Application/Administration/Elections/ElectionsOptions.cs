namespace KosovoElections.Application.Administration.Elections;

/// <summary>How elections are administered (section <c>Elections</c>).</summary>
public sealed class ElectionsOptions
{
    /// <summary>Not a const: every string const of Administration is a text key (AdministrationTextsTests).</summary>
    public static readonly string Section = "Elections";

    /// <summary>A deadline moved by more days than this (either way) needs a second admin (T-AC-07).</summary>
    public int DeadlineChangeWithoutSecondAdminDays { get; set; } = 3;
}
