namespace Sitrep.Benchmarks;

/// <summary>Finds benchmark data under the shared corpora folder (<see cref="Sitrep.Core.SharedCorpora"/>).</summary>
internal static class SharedPaths
{
    public static string Require(string relative) =>
        Sitrep.Core.SharedCorpora.Find(relative) ?? throw new InvalidOperationException($"shared/{relative} not found (set SITREP_SHARED)");
}
