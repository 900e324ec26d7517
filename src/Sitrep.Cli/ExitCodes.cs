namespace Sitrep.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The batch ran, but some records failed (each was reported).</summary>
    public const int SomeFailed = 1;
    /// <summary>Bad input or usage: nothing useful could be done.</summary>
    public const int BadInput = 2;
    /// <summary>A bug in Sitrep: reported in one line, details with SITREP_DEBUG=1.</summary>
    public const int Internal = 70;
}
