using System.CommandLine;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Cli;

/// <summary>Options and outputs several commands share, declared once so their names, help and defaults agree.</summary>
public static class CommonOptions
{
    /// <summary><c>--format text|json</c>, text by default: a table for people, one JSON object for machines;
    /// <paramref name="description"/> may say what the JSON holds.</summary>
    public static Option<string> TextOrJson(string description = "text or json.")
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary><c>--db</c>: the event store a command reads or writes.</summary>
    public static Option<string?> Db() => new("--db")
    {
        Description = "SQLite file (default sitrep.db) or PostgreSQL: postgres://user:pw@host:5432/db or \"Host=…;Database=…\".",
    };

    /// <summary>Prints an evaluation's figures: one JSON object, or one "name value" line each with names padded to
    /// <paramref name="nameWidth"/>.</summary>
    public static void PrintFigures(IReadOnlyDictionary<string, object> figures, string format, int nameWidth)
    {
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(figures));
            return;
        }
        foreach (var (name, value) in figures)
        {
            Console.WriteLine($"{name.PadRight(nameWidth)} {value}");
        }
    }

    /// <summary>An NLP model file: from <paramref name="folder"/> when one was given (--models), else the committed one.</summary>
    public static string NlpModel(string? folder, string file, string howToBuild) =>
        folder is null ? ModelFiles.Require("nlp/" + file, howToBuild) : Path.Combine(folder, file);
}
