using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Provisioning.Cli.CommandLine;

/// <summary>
/// The default help, followed by the command's longer explanation and examples: command lists stay one line per
/// command, and <c>provision plan --help</c> teaches how to use <c>plan</c>.
/// </summary>
internal sealed class ExplainingHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standard;
    private readonly IReadOnlyDictionary<Command, string> _explanations;

    public ExplainingHelpAction(HelpAction standard, IReadOnlyDictionary<Command, string> explanations)
    {
        _standard = standard;
        _explanations = explanations;
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = _standard.Invoke(parseResult);
        if (_explanations.TryGetValue(parseResult.CommandResult.Command, out var explanation))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(explanation.TrimEnd());
            output.WriteLine();
        }

        return exitCode;
    }

    /// <summary>Puts this action on <paramref name="root"/>'s help option (which every subcommand inherits).</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> explanations)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction standard)
            {
                help.Action = new ExplainingHelpAction(standard, explanations);
                return;
            }
        }
    }
}
