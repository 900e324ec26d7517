using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Nlp.Learning;

/// <summary>Model files are gzip'd binary with a magic string and a version, so a wrong or stale file fails with a
/// clear message instead of garbage.</summary>
public static class ModelStream
{
    public static void Save(string path, string magic, int version, Action<BinaryWriter> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(magic);
        writer.Write(version);
        write(writer);
    }

    public static T Load<T>(string path, string magic, int version, Func<BinaryReader, T> read)
    {
        try
        {
            using var file = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
            var foundMagic = reader.ReadString();
            var foundVersion = reader.ReadInt32();
            if (foundMagic != magic || foundVersion != version)
            {
                throw new SitrepException($"{path} is not a {magic} v{version} model (found {foundMagic} v{foundVersion}); retrain it");
            }
            return read(reader);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
        {
            throw new SitrepException($"cannot read model {path}: {e.Message}", e);
        }
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var values = new string[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = string.Intern(reader.ReadString());
        }
        return values;
    }
}
