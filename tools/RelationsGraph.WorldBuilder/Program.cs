using RelationsGraph.WorldBuilder;

// worldbuilder [--sources DIR] [--out DIR] [--check]
//   Builds the embedded `world` dataset from the published sources (default ../shared/sources next to the
//   repository) into src/RelationsGraph/Data/world, or with --check compares a fresh build with the committed files.
//   Exit codes: 0 built (or identical), 1 the committed files differ (--check), 2 bad input (one line on stderr).
return Cli.Run(args, Console.Out, Console.Error);

internal static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var repo = Repository.Find();
        var sources = Path.Combine(repo, "..", "shared", "sources");
        var output = Path.Combine(repo, "src", "RelationsGraph", "Data", "world");
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sources" when i + 1 < args.Length:
                    sources = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                default:
                    stderr.WriteLine($"worldbuilder: unknown argument '{args[i]}' (usage: worldbuilder [--sources DIR] [--out DIR] [--check])");
                    return 2;
            }
        }

        try
        {
            if (check)
            {
                var differ = Builder.Check(sources, output, stdout);
                if (differ.Count > 0)
                {
                    stderr.WriteLine($"worldbuilder: the committed dataset differs from a fresh build in {string.Join(", ", differ)}; run tools/build-world.sh and commit");
                    return 1;
                }

                stdout.WriteLine("worldbuilder: the committed dataset equals a fresh build");
                return 0;
            }

            var context = Builder.BuildTo(sources, output, stdout);
            stdout.WriteLine($"worldbuilder: wrote {context.Actors.Count} actors, {context.Relations.Count} relations, {context.AttributeValues.Count} attribute values to {output}");
            return 0;
        }
        catch (BuildException e)
        {
            stderr.WriteLine($"worldbuilder: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"worldbuilder: {e.Message}");
            return 2;
        }
    }
}
