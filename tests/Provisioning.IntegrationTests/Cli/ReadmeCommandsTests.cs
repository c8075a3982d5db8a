using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>Every <c>provision</c> command in the CLI's README runs, in order, and succeeds.</summary>
[Collection(SampleDataCollection.Name)]
public sealed class ReadmeCommandsTests
{
    private readonly SampleDataFixture _sample;

    public ReadmeCommandsTests(SampleDataFixture sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Every_provision_command_in_the_cli_readme_succeeds()
    {
        var commands = Commands(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "src", "Provisioning.Cli", "README.md")));
        Assert.True(commands.Count >= 6, "The README's bash blocks should hold the quick start and the examples.");
        Assert.StartsWith("sample-data", commands[0][0], StringComparison.Ordinal);

        // The README works in a folder named demo; here it is a fresh temporary folder.
        var demo = _sample.NewPath("readme-demo");
        foreach (var command in commands)
        {
            var args = command.Select(a => a == "demo" || a.StartsWith("demo/", StringComparison.Ordinal) ? demo + a[4..] : a).ToArray();

            var run = CliRun.Of(args);

            Assert.True(run.ExitCode == 0, "provision " + string.Join(" ", command) + "\n" + run);
        }
    }

    private static List<string[]> Commands(string markdown)
    {
        var commands = new List<string[]>();
        var inBash = false;
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && line.Trim() == "```bash";
                continue;
            }

            if (inBash && line.StartsWith("provision ", StringComparison.Ordinal))
            {
                commands.Add(Split(line["provision ".Length..]));
            }
        }

        return commands;
    }

    // Splits like a shell for what the README uses: spaces between arguments, double quotes around one with spaces.
    private static string[] Split(string text)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

}
