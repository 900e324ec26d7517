using System.IO.Compression;

namespace Sitrep.Api.Tests;

/// <summary>Decodes an 8-bit RGB/RGBA PNG (what chromium writes) just enough to count colours: a blank or
/// unstyled page has a handful, a drawn map hundreds.</summary>
public static class PngStats
{
    public sealed record Result(int Width, int Height, int DistinctColours, int SaturatedPixels);

    public static Result Measure(byte[] png)
    {
        int width = 0, height = 0, colourType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IHDR")
            {
                width = (png[at + 8] << 24) | (png[at + 9] << 16) | (png[at + 10] << 8) | png[at + 11];
                height = (png[at + 12] << 24) | (png[at + 13] << 16) | (png[at + 14] << 8) | png[at + 15];
                if (png[at + 16] != 8)
                {
                    throw new NotSupportedException("only 8-bit PNGs");
                }
                colourType = png[at + 17];
            }
            else if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }
            at += 12 + length;
        }
        var channels = colourType switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {colourType}") };
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var prev = new byte[stride];
        var cur = new byte[stride];
        var colours = new HashSet<int>();
        var red = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = z.ReadByte();
            z.ReadExactly(cur);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? cur[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
                cur[i] = (byte)(cur[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
            for (var x = 0; x < width; x++)
            {
                int r = cur[x * channels], g = cur[x * channels + 1], bl = cur[x * channels + 2];
                colours.Add((r << 16) | (g << 8) | bl);
                if (Math.Max(r, Math.Max(g, bl)) - Math.Min(r, Math.Min(g, bl)) > 90)
                {
                    red++; // vivid marker / cluster colours; the basemap's land and sea are pale
                }
            }
            (prev, cur) = (cur, prev);
        }
        return new Result(width, height, colours.Count, red);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
