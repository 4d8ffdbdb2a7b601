// Takes the outputs of a notebook executed by dotnet-repl into the committed notebook, cleaned: no package-install
// frames, no "Loading extensions" lines, consecutive stdout merged, pictures as image/png (an HTML <img> of a PNG data
// URI becomes an image/png output), no run times, execution counts 1, 2, ... It refuses outputs with an error or a
// machine path (the folder of this clone, a temporary folder, a home folder).
//
//   dotnet run samples/notebooks/outputs.cs -- write NOTEBOOK EXECUTED   # replace NOTEBOOK's outputs
//   dotnet run samples/notebooks/outputs.cs -- check NOTEBOOK EXECUTED   # exit 1 if NOTEBOOK's outputs are stale
//
// `check` compares text outputs exactly and pictures by count only (font rendering may differ between machines).
// samples/run-notebooks.sh calls it after each notebook.
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

if (args.Length != 3 || args[0] is not ("write" or "check"))
{
    Console.Error.WriteLine("usage: outputs.cs write|check NOTEBOOK EXECUTED");
    return 2;
}

var (mode, committedPath, executedPath) = (args[0], args[1], args[2]);
var committed = JsonNode.Parse(File.ReadAllText(committedPath))!.AsObject();
var executed = JsonNode.Parse(File.ReadAllText(executedPath))!.AsObject();
var cells = committed["cells"]!.AsArray();
var ran = executed["cells"]!.AsArray();
if (cells.Count != ran.Count)
{
    Console.Error.WriteLine($"{committedPath}: {cells.Count} cells, but the executed notebook has {ran.Count}");
    return 1;
}

var problems = new List<string>();
var machinePaths = new[] { Environment.CurrentDirectory, Path.GetTempPath(), "/tmp/", "/root/", "/home/", Environment.GetEnvironmentVariable("RELATIONSGRAPH_REPO") }
    .Where(p => !string.IsNullOrEmpty(p) && p != "/").Distinct().ToList();
var count = 0;
for (var i = 0; i < cells.Count; i++)
{
    var cell = cells[i]!.AsObject();
    if ((string?)cell["cell_type"] != "code")
    {
        continue;
    }

    count++;
    var outputs = Clean(ran[i]!["outputs"]?.AsArray() ?? [], count, $"cell {i + 1}");
    var metadata = cell["metadata"]?.AsObject() ?? [];
    foreach (var key in metadata.Select(kv => kv.Key).Where(k => k.StartsWith("dotnet_repl_", StringComparison.Ordinal)).ToList())
    {
        metadata.Remove(key);
    }

    if (mode == "check" && Text(cell["outputs"]?.AsArray() ?? []) != Text(outputs))
    {
        problems.Add($"cell {i + 1} has other outputs than the committed ones; the first lines now:\n      "
            + string.Join("\n      ", Text(outputs).Split('\n').Take(8)));
    }

    cell["execution_count"] = count;
    cell["outputs"] = outputs;
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"{Path.GetFileName(committedPath)}: {problem}");
}

if (problems.Count > 0)
{
    return 1;
}

if (mode == "write")
{
    var json = committed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    File.WriteAllText(committedPath, json + "\n");
}

return 0;

// The cleaned outputs of one cell.
JsonArray Clean(JsonArray raw, int executionCount, string where)
{
    var cleaned = new JsonArray();
    foreach (var node in raw)
    {
        var output = node!.AsObject();
        var type = (string?)output["output_type"];
        var data = output["data"]?.AsObject();
        var html = Joined(data?["text/html"]);
        var plain = Joined(data?["text/plain"]);
        var text = Joined(output["text"]);
        if (type == "error")
        {
            problems.Add($"{where} failed: {output["ename"]}: {output["evalue"]}");
            continue;
        }

        if (html.Contains("Installing Packages", StringComparison.Ordinal) || html.Contains("Installed Packages", StringComparison.Ordinal)
            || plain.StartsWith("Loading extensions from", StringComparison.Ordinal))
        {
            continue;
        }

        foreach (var path in machinePaths.Where(p => html.Contains(p!, StringComparison.Ordinal) || plain.Contains(p!, StringComparison.Ordinal) || text.Contains(p!, StringComparison.Ordinal)))
        {
            problems.Add($"{where} prints a machine path ({path})");
        }

        var png = Regex.Match(html, "^\\s*<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*>(</img>)?\\s*$");
        if (png.Success)
        {
            cleaned.Add(new JsonObject { ["data"] = new JsonObject { ["image/png"] = png.Groups[1].Value, ["text/plain"] = Lines("<image>") }, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        }
        else if (type == "stream" && cleaned.LastOrDefault() is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == (string?)output["name"])
        {
            last["text"] = Lines(Joined(last["text"]) + text);
        }
        else if (type == "stream")
        {
            cleaned.Add(new JsonObject { ["name"] = (string?)output["name"], ["output_type"] = "stream", ["text"] = Lines(text) });
        }
        else
        {
            var copy = new JsonObject { ["data"] = data?.DeepClone(), ["metadata"] = new JsonObject(), ["output_type"] = type };
            if (type == "execute_result")
            {
                copy["execution_count"] = executionCount;
            }

            cleaned.Add(copy);
        }
    }

    return cleaned;
}

// A multi-line string as Jupyter stores it: a list of lines, each with its newline.
static JsonArray Lines(string text) => [.. Regex.Split(text, "(?<=\n)").Where(l => l.Length > 0).Select(l => (JsonNode)l)];

static string Joined(JsonNode? node) => node switch
{
    null => string.Empty,
    JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
    _ => (string?)node ?? string.Empty,
};

// What `check` compares: every output's text, pictures by count only.
static string Text(JsonArray outputs) => string.Join("\n", outputs.Select(o =>
{
    var data = o!["data"]?.AsObject();
    return data?.ContainsKey("image/png") == true ? "<image/png>" : Joined(o["text"]) + Joined(data?["text/html"]) + (data?.ContainsKey("text/html") == true ? string.Empty : Joined(data?["text/plain"]));
}));
