using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RelationsGraph.Data;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using RelationsGraph.Reporting;

namespace RelationsGraph.Tests.Reporting;

/// <summary>Networks, rankings and reports shared by the report tests, and readers of a report's embedded data.</summary>
internal static partial class ReportFixtures
{
    public static readonly DateOnly At = new(2023, 6, 30);

    public static RelationsNetwork World => Datasets.Load("world-2023").Network;

    public static MediatorRankingResult Rank(RelationsNetwork network, Conflict conflict, DateOnly? at = null, int permutations = 0, int draws = 50) =>
        MediatorRanking.Compute(network, conflict, new MediatorOptions { At = at, Permutations = permutations, StabilityDraws = draws });

    public static string Html(MediatorRankingResult result, RelationsNetwork network, MediatorReportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        MediatorReport.WriteHtml(result, network, buffer, options);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a report to a new temporary file and returns its path.</summary>
    public static string File(string html, string name = "report.html")
    {
        var folder = Path.Combine(Path.GetTempPath(), $"relgraph-report-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, html);
        return path;
    }

    /// <summary>The text of an embedded JSON script (<c>relgraph-ranking</c> or <c>relgraph-picture</c>), as written.</summary>
    public static string Embedded(string html, string id)
    {
        var match = Regex.Match(html, $"<script type=\"application/json\" id=\"{id}\">(.*?)</script>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"no embedded {id}");
    }

    public static JsonNode Picture(string html) => JsonNode.Parse(Embedded(html, "relgraph-picture"))!;

    /// <summary>
    /// A synthetic network of <paramref name="states"/> states and 20 blocs: each state with three friendly and one hostile
    /// relation to seeded random others, and a war between S0000 and S0001.
    /// </summary>
    public static RelationsNetwork Large(int states = 5000)
    {
        var random = new Random(42);
        var b = new RelationsNetworkBuilder();
        for (var i = 0; i < states; i++)
        {
            b.AddActor(Id(i), ActorKind.State, $"State {i}");
        }

        for (var k = 0; k < 20; k++)
        {
            b.AddActor($"B{k:00}", ActorKind.Bloc, $"Bloc {k}");
        }

        var seen = new HashSet<(int, int)>();
        void Add(int i, int j, double w, RelationKind kind)
        {
            if (i != j && seen.Add((Math.Min(i, j), Math.Max(i, j))))
            {
                b.AddRelation(Id(i), Id(j), w, kind);
            }
        }

        Add(0, 1, -1, RelationKind.War);
        for (var i = 0; i < states; i++)
        {
            for (var t = 0; t < 3; t++)
            {
                Add(i, random.Next(states), 0.5, RelationKind.Partnership);
            }

            Add(i, random.Next(states), -0.5, RelationKind.Sanction);
            b.AddRelation(new Relation(Id(i), $"B{random.Next(20):00}", 1, RelationKind.Membership, isDirected: true));
        }

        return b.Build();

        static string Id(int i) => $"S{i:0000}";
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    public static partial Regex ScriptTag();
}
