using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>One CLI command. Program finds every implementation in this assembly, so adding a command is
/// adding a file. <see cref="Parent"/> puts it under a group ("eval", "train", "gazetteer") or at the root (null).</summary>
public interface ICliCommand
{
    string? Parent { get; }

    Command Create();
}
