using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Cli.Commands;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Output;
using Provisioning.Cli.Reports;
using Provisioning.Text;

namespace Provisioning.Cli.CommandLine;

/// <summary>
/// The <c>provision</c> root command and its subcommands. Parse errors are usage errors (exit code 2) with the help
/// hint; an exception that escapes a command is reported in one line (exit code 3), never as a stack trace.
/// </summary>
internal sealed class ProvisionCommandLine
{
    private const string Description =
        "Plans, checks and replays Provisioning trading sessions from a session config (session.json) and a Parquet bar store.";

    private const string Explanation = """
        Quick start (no network, runs in seconds):
          provision sample-data --out demo
          provision plan --config demo/session.json --at 2024-11-26T09:30
          provision validate --config demo/session.json --at 2024-11-26T09:30
          provision run --config demo/session.json --date 2024-11-26

        Exit codes:
          0  ok
          1  validation failed: the config has errors (printed as file:line:column: error PRV0008: ..., the same
             diagnostics the build reports), or Step 0 found a symbol, interval or history that is not in the store,
             or (run) an addition did not succeed
          2  usage: unknown command or option, a missing value, a config file or data directory that does not exist
          3  unexpected error (a bug, or the machine: disk full, no permission): one line on standard error, no stack trace

        Run `provision COMMAND --help` for a command's options and examples.
        """;

    private const string JsonFlag = "--json";

    // The most characters of one parse-error message printed; System.CommandLine's own texts are well under it.
    private const int MaxParseErrorLength = 200;

    private readonly CliContext _context;
    private readonly TimeProvider _clock;

    public ProvisionCommandLine(TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        _context = new CliContext(output, error);
        _clock = clock ?? TimeProvider.System;
    }

    public RootCommand Build()
    {
        var plan = PlanCommand.Create(_context, _clock);
        var validate = ValidateCommand.Create(_context, _clock);
        var run = RunCommand.Create(_context, _clock);
        var sampleData = SampleDataCommand.Create(_context);
        var root = new RootCommand(Description) { plan, validate, run, sampleData };
        ExplainingHelpAction.Install(root, new Dictionary<Command, string>
        {
            [root] = Explanation,
            [plan] = PlanCommand.Explanation,
            [validate] = ValidateCommand.Explanation,
            [run] = RunCommand.Explanation,
            [sampleData] = SampleDataCommand.Explanation,
        });
        return root;
    }

    public async Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken)
    {
        // Read from the raw arguments, not the parse: a command line that does not parse still asked for JSON.
        var json = args.Contains(JsonFlag, StringComparer.Ordinal);
        var commandName = "provision";
        try
        {
            var parsed = Build().Parse(args);
            var command = parsed.CommandResult.Command;
            commandName = command is RootCommand ? "provision" : command.Name;
            if (parsed.Action is ParseErrorAction)
            {
                var messages = parsed.Errors.Select(e => ParseErrorText(e.Message)).ToArray();
                foreach (var message in messages)
                {
                    _context.Error.WriteLine("provision: " + message);
                }

                var name = command is RootCommand ? "provision" : "provision " + string.Join(" ", command.Parents.OfType<Command>().Where(p => p is not RootCommand).Select(p => p.Name).Append(command.Name));
                var hint = $"Run `{name} --help` for usage and examples.";
                _context.Error.WriteLine(hint);
                _context.Error.Flush();
                if (json)
                {
                    JsonOutput.Write(_context.Output, FailureReport.From(commandName, CommandFailure.Usage(
                        string.Join(" ", messages) + " " + hint)));
                }

                return ExitCodes.Usage;
            }

            var configuration = new InvocationConfiguration
            {
                Output = _context.Output,
                Error = _context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            var exitCode = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            await _context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return exitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Unexpected(json, commandName, "cancelled.");
        }
        catch (Exception e)
        {
            return Unexpected(json, commandName, $"unexpected error ({e.GetType().Name}): {EchoedText.OneLine(e.Message).Trim()} This is a bug; please report it with the command line.");
        }
    }

    // Exit code 3: one line on standard error and, with --json, the failure document on standard output.
    private int Unexpected(bool json, string command, string message)
    {
        _context.Error.WriteLine("provision: " + message);
        _context.Error.Flush();
        if (json)
        {
            JsonOutput.Write(_context.Output, FailureReport.From(command, CommandFailure.Unexpected(message)));
        }

        return ExitCodes.Unexpected;
    }

    // System.CommandLine's messages quote the argument as the user wrote it: escaped onto one line, so it cannot
    // forge a line of its own, and clipped, so a huge argument cannot bury the hint.
    private static string ParseErrorText(string message) => EchoedText.OneLine(message, MaxParseErrorLength);
}
