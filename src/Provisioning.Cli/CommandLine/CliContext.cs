using System;
using System.IO;
using Spectre.Console;

namespace Provisioning.Cli.CommandLine;

/// <summary>Where a command writes: results to <see cref="Output"/>, messages and config issues to <see cref="Error"/>.</summary>
internal sealed class CliContext
{
    private const int RedirectedWidth = 120;

    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    /// <summary>Standard output: tables and trees, or the JSON document with <c>--json</c>.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: usage errors and config issues as <c>file:line:column: error PRV0008: ...</c>.</summary>
    public TextWriter Error { get; }

    /// <summary>True when <see cref="Output"/> is a terminal (colours, live progress); false for files, pipes and tests.</summary>
    public bool IsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>A Spectre console over <see cref="Output"/>: plain text at a fixed width unless it is a terminal.</summary>
    public IAnsiConsole CreateConsole()
    {
        var terminal = IsTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Output),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
