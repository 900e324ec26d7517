namespace Sitrep.Cli.Tests;

/// <summary>Options whose default lies in ../shared: when the corpora are not there, one line says which option to
/// pass, exit code 2 (SITREP_SHARED points at an empty folder to stand in for a clone without them).</summary>
public sealed class SharedDefaultsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Dictionary<string, string> NoCorpora()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "shared")).FullName;
        return new Dictionary<string, string> { ["SITREP_SHARED"] = empty };
    }

    [Fact]
    public void Train_ner_without_the_cameo_default_names_the_option()
    {
        var train = Path.Combine(_dir, "train.iob2");
        File.WriteAllText(train, "# id = 1\n1\tAleppo\tB-LOC\n\n");
        var r = CliRunner.Run(null, NoCorpora(), "train", "ner", "--train", train, "--out", _dir);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains(Path.Combine(_dir, "shared", "data", "cameo") + " not found: pass --cameo DIR or put the corpora in ../shared", r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Train_tagger_without_the_unlabelled_default_names_the_option()
    {
        var train = Path.Combine(_dir, "train.conllu");
        File.WriteAllText(train, "# text = Aleppo fell.\n1\tAleppo\tAleppo\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
        var r = CliRunner.Run(null, NoCorpora(), "train", "tagger", "--train", train, "--out", _dir);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("en_ewt-ud-train.conllu not found: pass --unlabelled PATH… or put the corpora in ../shared", r.Stderr);
    }

    [Fact]
    public void A_given_value_replaces_its_default_and_the_next_missing_default_is_named()
    {
        var train = Path.Combine(_dir, "train.iob2");
        File.WriteAllText(train, "# id = 1\n1\tAleppo\tB-LOC\n\n");
        var r = CliRunner.Run(null, NoCorpora(), "train", "ner", "--train", train, "--out", _dir, "--cameo", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("--cameo", r.Stderr);
        Assert.Contains("en_ewt-ud-train.conllu not found: pass --ud-train FILE or put the corpora in ../shared", r.Stderr);
    }

    [Fact]
    public void Gazetteer_import_without_the_admin1_default_names_the_option()
    {
        var dump = Path.Combine(_dir, "allCountries.txt");
        // one row of GeoNames' 19-column format (a fictional village), one malformed line
        File.WriteAllText(dump, "9999001\tQaryat Test\tQaryat Test\t\t36.2\t37.1\tP\tPPL\tSY\t\t09\t\t\t\t800\t\t400\tAsia/Damascus\t2020-01-01\nnot a dump line\n");
        var r = CliRunner.Run(null, NoCorpora(), "gazetteer", "import", dump, "-o", Path.Combine(_dir, "index.bin.gz"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("allCountries.txt:2: skipped malformed line", r.Stderr);
        Assert.Contains(Path.Combine(_dir, "shared", "data", "geonames", "admin1CodesASCII.txt") + " not found: pass --admin1 FILE or put the corpora in ../shared", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "index.bin.gz")));
    }

    [Fact]
    public void Gazetteer_import_of_a_file_with_no_GeoNames_rows_says_so()
    {
        var dump = Path.Combine(_dir, "allCountries.txt");
        File.WriteAllText(dump, "a,b,c\n");
        var r = CliRunner.Run(null, NoCorpora(), "gazetteer", "import", dump, "-o", Path.Combine(_dir, "index.bin.gz"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("no GeoNames rows read (1 malformed lines)", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "index.bin.gz")));
    }
}
