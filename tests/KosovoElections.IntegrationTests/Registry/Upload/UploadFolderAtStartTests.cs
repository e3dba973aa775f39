using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Registry.Upload;

/// <summary>
/// An upload waits in the upload folder only until its import ends; a server stopped in between (a crash, a
/// deployment) left the file there, with a whole civil registry in it. The next start deletes what its uploads left,
/// and nothing else in the folder.
/// </summary>
public sealed class UploadFolderAtStartTests
{
    [Fact]
    public async Task Start_WithUploadsLeftFromAStoppedServer_DeletesThemAndNothingElse()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ke-upload-folder-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var leftover = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(leftover, "personal_number,first_name\n1234567890,Agim\n");
        var unrelated = Path.Combine(folder, "notes.csv");
        await File.WriteAllTextAsync(unrelated, "kept");
        try
        {
            await using var host = await TestHost.StartAsync(
                TestDatabase.Create(DatabaseProvider.Sqlite, "upload-folder"), new TestClock(SignInSeed.Opens), settings: new Dictionary<string, string?> { ["Registry:Upload:Folder"] = folder });

            Assert.False(File.Exists(leftover));
            Assert.True(File.Exists(unrelated));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
