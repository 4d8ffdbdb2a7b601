using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace RelationsGraph.Tests.Reporting;

/// <summary>
/// A headless Debian chromium driven over the DevTools protocol (a small client over <see cref="ClientWebSocket"/>):
/// one page, with every JavaScript exception, console error, network request and dialog recorded. The browser runs
/// with a new temporary profile, no background networking, and is killed and its profile deleted on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiver;
    private readonly List<(string Method, JsonNode? Params)> events = [];
    private readonly Lock gate = new();
    private int nextId;
    private string? session;

    private HeadlessChromium(Process process, string profile, Uri endpoint)
    {
        this.process = process;
        this.profile = profile;
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.ConnectAsync(endpoint, CancellationToken.None).GetAwaiter().GetResult();
        receiver = Task.Run(Receive);
    }

    /// <summary>The chromium executable (RELGRAPH_CHROMIUM, or the usual Debian paths), or null when none is installed.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("RELGRAPH_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path : Candidates.FirstOrDefault(File.Exists);

    /// <summary>
    /// Skips the calling test when chromium is absent and this is not CI; in CI (CI=true) an absent chromium fails the test,
    /// since .ci/run installs it.
    /// </summary>
    public static string RequireExecutable()
    {
        if (Executable is { } path)
        {
            return path;
        }

        Assert.False(
            string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "chromium is not installed, and in CI the browser tests must run (.ci/run installs it with apt-get install chromium)");
        Assert.Skip("chromium is not installed (apt-get install chromium): the report's browser tests are skipped outside CI");
        return string.Empty;
    }

    /// <summary>Starts chromium and opens a blank page with the runtime, log, network and page domains enabled.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width = 1400, int height = 1100)
    {
        var executable = RequireExecutable();
        var profile = Path.Combine(Path.GetTempPath(), $"relgraph-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        string[] lines = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (File.Exists(portFile))
            {
                lines = (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length >= 2)
                {
                    break;
                }
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with code {process.ExitCode} before opening the DevTools port");
            }

            await Task.Delay(50);
        }

        if (lines.Length < 2)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not open the DevTools port within 30 s");
        }

        var browser = new HeadlessChromium(process, profile, new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"));
        var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        browser.session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Network.enable", "Page.enable" })
        {
            await browser.SendAsync(domain);
        }

        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        return browser;
    }

    /// <summary>The page's uncaught exceptions, console errors and log errors (CSP violations among them).</summary>
    public IReadOnlyList<string> Errors => Events(e =>
        e.Method == "Runtime.exceptionThrown" ? e.Params?["exceptionDetails"]?.ToJsonString()
        : e.Method == "Runtime.consoleAPICalled" && e.Params?["type"]?.GetValue<string>() is "error" or "warning" or "assert" ? e.Params.ToJsonString()
        : e.Method == "Log.entryAdded" && e.Params?["entry"]?["level"]?.GetValue<string>() is "error" or "warning" ? e.Params["entry"]!.ToJsonString()
        : null);

    /// <summary>The URL of every request the page made (the document's own load included).</summary>
    public IReadOnlyList<string> Requests => Events(e => e.Method == "Network.requestWillBeSent" ? e.Params?["request"]?["url"]?.GetValue<string>() : null);

    /// <summary>The JavaScript dialogs (alert, confirm, prompt) the page opened.</summary>
    public IReadOnlyList<string> Dialogs => Events(e => e.Method == "Page.javascriptDialogOpening" ? e.Params?["message"]?.GetValue<string>() ?? string.Empty : null);

    /// <summary>Opens a file and waits for its load event.</summary>
    public async Task OpenAsync(string file)
    {
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        var loadsBefore = Events(e => e.Method == "Page.loadEventFired" ? "loaded" : null).Count;
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        var clock = Stopwatch.StartNew();
        while (Events(e => e.Method == "Page.loadEventFired" ? "loaded" : null).Count == loadsBefore)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the page {url} did not load within 60 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Evaluates an expression in the page and returns its value as JSON (promises awaited).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        Assert.True(reply["exceptionDetails"] is null, $"evaluating {expression} threw: {reply["exceptionDetails"]?.ToJsonString()}");
        return reply["result"]?["value"]?.DeepClone();
    }

    /// <summary>A real left click (mouse moved, pressed and released) at a point of the viewport.</summary>
    public async Task ClickAsync(double x, double y)
    {
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mousePressed", ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseReleased", ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 });
    }

    /// <summary>Saves a PNG screenshot of the viewport.</summary>
    public async Task ScreenshotAsync(string file)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllBytesAsync(file, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    /// <summary>Sends a command to the page (or the browser) and returns its result; a protocol error fails.</summary>
    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (!browserLevel && session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var node = await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(node["error"] is null, $"{method} failed: {node["error"]?.ToJsonString()}");
        return node["result"] ?? new JsonObject();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                var id = Interlocked.Increment(ref nextId);
                await socket.SendAsync(Encoding.UTF8.GetBytes(new JsonObject { ["id"] = id, ["method"] = "Browser.close" }.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The browser is going away anyway.
        }

        await stop.CancelAsync();
        if (!process.WaitForExit(5000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        try
        {
            await receiver;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed.
        }

        socket.Dispose();
        process.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash dump may still be being written; the temp folder is cleaned by the system.
        }
    }

    private List<string> Events(Func<(string Method, JsonNode? Params), string?> select)
    {
        lock (gate)
        {
            return [.. events.Select(select).OfType<string>()];
        }
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 20];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var chunk = await socket.ReceiveAsync(buffer, stop.Token);
            if (chunk.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, chunk.Count);
            if (!chunk.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var reply))
            {
                reply.TrySetResult(node);
            }
            else if (node["method"]?.GetValue<string>() is { } method)
            {
                lock (gate)
                {
                    events.Add((method, node["params"]?.DeepClone()));
                }

                if (method == "Page.javascriptDialogOpening" && session is not null)
                {
                    var dismiss = new JsonObject { ["id"] = Interlocked.Increment(ref nextId), ["method"] = "Page.handleJavaScriptDialog", ["params"] = new JsonObject { ["accept"] = false }, ["sessionId"] = session };
                    await socket.SendAsync(Encoding.UTF8.GetBytes(dismiss.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
        }
    }
}
