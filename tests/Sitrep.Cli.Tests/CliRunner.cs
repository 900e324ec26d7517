using System.Diagnostics;
using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the built <c>sitrep</c> binary as a user would: a real process, arguments, stdin, exit code.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");

    public static Result Run(string? stdin, params string[] args) => Run(stdin, null, args);

    public static Result Run(string? stdin, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["NO_COLOR"] = "1";
        start.Environment["SITREP_MODELS"] = Path.Combine(Testing.Repo.Root, "models");
        if (env is not null)
        {
            foreach (var (k, v) in env)
            {
                start.Environment[k] = v;
            }
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sitrep " + string.Join(' ', args) + " did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A user-facing error: non-empty, no stack trace lines.</summary>
    public static void AssertCleanError(Result result)
    {
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr), "expected an error message on stderr");
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.StartsWith("sitrep: ", result.Stderr);
    }
}
