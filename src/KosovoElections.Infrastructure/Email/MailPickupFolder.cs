using System.Text.RegularExpressions;

namespace KosovoElections.Infrastructure.Email;

/// <summary>One .eml file of the pickup folder, as /dev/mail lists it.</summary>
public sealed record PickedUpMail(string Name, string Subject, string To, DateTime WrittenAt);

/// <summary>The folder the local sender writes .eml files to (Email:PickupDirectory under the content root).</summary>
public sealed partial class MailPickupFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<PickedUpMail> List(int max = 200)
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        return new DirectoryInfo(Path).EnumerateFiles("*.eml")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Take(max)
            .Select(f =>
            {
                var mail = EmlFile.Read(f.FullName);
                return new PickedUpMail(f.Name, mail.Subject, mail.To, f.LastWriteTimeUtc);
            })
            .ToList();
    }

    /// <summary>The message of that name, or null; only plain file names of this folder are accepted.</summary>
    public EmlFile? Read(string name)
    {
        if (!FileName().IsMatch(name))
        {
            return null;
        }

        var file = System.IO.Path.Combine(Path, name);
        return File.Exists(file) ? EmlFile.Read(file) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}\\.eml$")]
    private static partial Regex FileName();
}
