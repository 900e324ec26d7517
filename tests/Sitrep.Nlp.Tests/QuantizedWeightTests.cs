using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tests;

/// <summary>Loaded models score with 16-bit weights, sparse rows as (class, weight) lists: the scores must match the
/// float table they came from, for both dense and sparse rows and for tables narrower than one vector.</summary>
public sealed class QuantizedWeightTests
{
    [Theory]
    [InlineData(102)]
    [InlineData(51)]
    [InlineData(3)]
    public void QuantizedScoresMatchTheFloatTable(int classes)
    {
        var random = new Random(5);
        var table = new WeightTable(classes, 64);
        var keys = Enumerable.Range(1, 300).Select(k => (uint)(k * 2654435761u)).ToArray();
        // A few keys get many updates over many classes (dense rows), most get one or two (sparse rows).
        for (var step = 0; step < 4000; step++)
        {
            var key = step % 5 == 0 ? keys[random.Next(10)] : keys[random.Next(keys.Length)];
            var truth = random.Next(classes);
            var guess = (truth + 1 + random.Next(classes - 1)) % classes;
            table.Update([key], truth, guess);
            table.Tick();
        }
        table.Average();
        var expected = new float[table.Stride];
        var actual = new float[table.Stride];
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer, prune: 0f);
        }
        buffer.Position = 0;
        var loaded = WeightTable.Read(new BinaryReader(buffer));
        loaded.Quantize();
        for (var trial = 0; trial < 50; trial++)
        {
            var features = Enumerable.Range(0, 20).Select(_ => keys[random.Next(keys.Length)]).Append(12345u).ToArray();
            table.Score(features, expected);
            loaded.Score(features, actual);
            var scale = expected.Take(classes).Max(MathF.Abs) + 1e-3f;
            for (var c = 0; c < classes; c++)
            {
                // Half precision in the file (2^-11 relative) plus 16-bit rounding, summed over 21 rows.
                Assert.True(MathF.Abs(expected[c] - actual[c]) <= 0.01f * scale, $"class {c}: {expected[c]} vs {actual[c]}");
            }
        }
    }
}
