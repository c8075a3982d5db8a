using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol (a WebSocket, no extra package): opens a page, records
/// every console error, uncaught exception and browser log error, evaluates script in the page and takes screenshots.
/// .ci/steps/chromium.sh installs the browser when it is missing; PROVISION_CHROMIUM names another binary.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _calls = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Console errors, uncaught exceptions and browser errors (a blocked resource, a CSP violation) so far.</summary>
    public IReadOnlyList<string> Errors => _errors.ToArray();

    /// <summary>The browser binary: PROVISION_CHROMIUM, else the first of Debian's and other usual names on the PATH.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PROVISION_CHROMIUM") is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<HeadlessChromium> StartAsync(int width = 1400, int height = 1000)
    {
        var binary = Find() ?? throw new InvalidOperationException(
            "Headless Chromium was not found (chromium, chromium-browser or google-chrome on the PATH, or PROVISION_CHROMIUM). "
            + "Install Debian's package: apt-get install -y chromium (bash .ci/steps/chromium.sh does it).");
        var profile = Path.Combine(Path.GetTempPath(), "provision-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--mute-audio",
            "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
            $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + binary);
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var port = await PortAsync(profile, process).ConfigureAwait(false);
            using var http = new HttpClient { Timeout = CommandTimeout };
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).ConfigureAwait(false))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None).ConfigureAwait(false);
            var browser = new HeadlessChromium(process, profile, socket);
            await browser.SendAsync("Page.enable").ConfigureAwait(false);
            await browser.SendAsync("Runtime.enable").ConfigureAwait(false);
            await browser.SendAsync("Log.enable").ConfigureAwait(false);
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            }).ConfigureAwait(false);
            return browser;
        }
        catch
        {
            Kill(process);
            throw;
        }
    }

    /// <summary>Opens <paramref name="file"/> and waits for its load event.</summary>
    public async Task OpenAsync(string file)
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri }).ConfigureAwait(false);
        await _loaded.Task.WaitAsync(CommandTimeout).ConfigureAwait(false);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        }).ConfigureAwait(false);
        if (result?["exceptionDetails"] is { } thrown)
        {
            throw new InvalidOperationException("The page's script threw: " + thrown.ToJsonString());
        }

        return result?["result"]?["value"];
    }

    /// <summary>Saves a PNG of the viewport to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)result!["data"]!)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
        }

        Kill(_process);
        try
        {
            await _reader.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        return await reply.Task.WaitAsync(CommandTimeout).ConfigureAwait(false);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray());
            message.SetLength(0);
            if (node?["id"] is { } id && _calls.TryRemove((int)id, out var call))
            {
                if (node["error"] is { } error)
                {
                    call.SetException(new InvalidOperationException("DevTools: " + error.ToJsonString()));
                }
                else
                {
                    call.SetResult(node["result"]);
                }
            }
            else
            {
                OnEvent((string?)node?["method"], node?["params"]);
            }
        }
    }

    private void OnEvent(string? method, JsonNode? parameters)
    {
        if (method == "Page.loadEventFired")
        {
            _loaded.TrySetResult();
        }
        else if (method == "Runtime.consoleAPICalled" && parameters?["type"]?.ToString() is "error" or "assert")
        {
            var args = parameters["args"]?.AsArray().Select(Text) ?? [];
            _errors.Enqueue("console." + parameters["type"] + ": " + string.Join(" ", args));
        }
        else if (method == "Runtime.exceptionThrown")
        {
            var details = parameters?["exceptionDetails"];
            _errors.Enqueue("uncaught: " + (details?["exception"]?["description"]?.ToString() ?? details?["text"]?.ToString()));
        }
        else if (method == "Log.entryAdded" && parameters?["entry"] is { } entry && entry["level"]?.ToString() == "error")
        {
            _errors.Enqueue("browser: " + entry["text"] + " " + entry["url"]);
        }
    }

    private static string Text(JsonNode? argument) =>
        argument?["value"]?.ToString() ?? argument?["description"]?.ToString() ?? string.Empty;

    private static async Task<int> PortAsync(string profile, Process process)
    {
        // Chromium writes the port it chose to DevToolsActivePort in its profile once it listens.
        var file = Path.Combine(profile, "DevToolsActivePort");
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before it listened.");
            }

            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file).ConfigureAwait(false);
                if (lines.Length > 0 && int.TryParse(lines[0], out var port))
                {
                    return port;
                }
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new InvalidOperationException("Chromium did not start listening within a minute.");
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }
}
