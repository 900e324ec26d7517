namespace Sitrep.Core.Tests;

public sealed class SharedCorporaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-shared-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_shared_folder_is_beside_the_repository_root_found_from_below()
    {
        var repo = Path.Combine(_dir, "sitrep");
        var deep = Directory.CreateDirectory(Path.Combine(repo, "src", "Sitrep.Cli", "bin")).FullName;
        File.WriteAllText(Path.Combine(repo, "Sitrep.slnx"), "<Solution />");

        Assert.Equal(Path.Combine(_dir, "shared"), SharedCorpora.FindRoot(null, [deep]));
        Assert.Equal(Path.Combine(_dir, "shared"), SharedCorpora.FindRoot("", [Path.Combine(_dir, "elsewhere"), repo]));
    }

    [Fact]
    public void The_environment_wins_and_no_repository_means_no_folder()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_dir, "outside")).FullName;
        Assert.Equal(Path.Combine(_dir, "corpora"), SharedCorpora.FindRoot(Path.Combine(_dir, "corpora"), [outside]));
        Assert.Null(SharedCorpora.FindRoot(null, [outside]));
    }
}
