#:package RelationsGraph@0.1.0

// Extending RelationsGraph: a node metric of your own (INodeMetric, through the NodeMetric<TOptions> base) and a
// mediator criterion of your own (IMediatorCriterion), both on the embedded `world` dataset in mid-2023.
//
//   dotnet run samples/custom-metric.cs
using System.Globalization;
using RelationsGraph.Data;
using RelationsGraph.Graphs;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;
using RelationsGraph.Model;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var day = new DateOnly(2023, 6, 30);
var network = Datasets.Load("world").NetworkAt(day);

// 1. The metric (any INodeMetric works wherever the built-in ones do: catalogues, timelines), on the states at the date: bloc relations redrawn between members, co-memberships as friendly ties.
var states = network.At(day).ProjectBlocs().ToSignedGraph();
var metric = new Ambivalence(new AmbivalenceOptions { Strength = TieStrength.Unit });
var scores = metric.Compute(states);
Console.WriteLine($"{scores.Metric} ({string.Join(", ", scores.Options.Describe().Select(o => $"{o.Key}={o.Value}"))}) of {states.NodeCount} states on {day:yyyy-MM-dd}:");
foreach (var (rank, id, score) in scores.Top(8))
{
    Console.WriteLine($"  {rank}. {id} {network[id].Name,-24} {score:0.000}");
}

// 2. The criterion, weighted 0.1 beside the default (empirical) profile; the weights are normalised.
var conflict = Conflict.Between("RUS", "UKR");
var standard = MediatorRanking.Compute(network, conflict, new MediatorOptions { At = day, Permutations = 0 });
var extended = MediatorRanking.Compute(network, conflict, new MediatorOptions
{
    At = day,
    Permutations = 0,
    Criteria = [.. MediatorOptions.DefaultCriteria, new WeightedCriterion(new NonAlignedCriterion(), 0.1)],
});
Console.WriteLine();
Console.WriteLine($"{conflict.Name} with '{NonAlignedCriterion.CriterionName}': " + string.Join(", ", extended.Weights.Select(w => $"{w.Key} {w.Value:0.00}")));
Console.WriteLine($"{"rank",4} {"was",4}  {"id",-3} {"name",-14} {"score",5}  {NonAlignedCriterion.CriterionName}");
foreach (var c in extended.Candidates.Take(10))
{
    Console.WriteLine($"{c.Rank,4} {standard[c.Id].Rank,4}  {c.Id,-3} {c.Name,-14} {c.Score,5:0.000}  {c.Explanation.First(e => e.StartsWith(NonAlignedCriterion.CriterionName, StringComparison.Ordinal))}");
}

/// <summary>Options of <see cref="Ambivalence"/>: |w| per tie (the default) or 1 per tie.</summary>
public sealed record AmbivalenceOptions : MetricOptions
{
    public TieStrength Strength { get; init; } = TieStrength.Absolute;

    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal) { ["strength"] = Lower(Strength) };
}

/// <summary>How evenly a node's ties split between friendly and hostile: 2·min(+, −) / (+ + −); NaN without ties.</summary>
public sealed class Ambivalence(AmbivalenceOptions options) : NodeMetric<AmbivalenceOptions>("ambivalence", options)
{
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var view = graph.View(Options.Ties);
        var scores = new double[view.NodeCount];
        for (var v = 0; v < scores.Length; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double friendly = 0, hostile = 0;
            foreach (var w in view.OutWeightsOf(v))
            {
                var s = Options.Strength == TieStrength.Unit ? 1 : Math.Abs(w);
                friendly += w > 0 ? s : 0;
                hostile += w < 0 ? s : 0;
            }

            scores[v] = friendly + hostile == 0 ? double.NaN : 2 * Math.Min(friendly, hostile) / (friendly + hostile);
        }

        return scores;
    }
}

/// <summary>
/// 1 for a candidate in no security bloc at the date, 0 for a member, with the blocs as the reason: a neutral state may
/// be easier for both sides to accept (illustrative, not calibrated). The data's security blocs are alliances such as
/// NATO and the CSTO and also security fora such as the OSCE, the SCO and CICA.
/// </summary>
public sealed class NonAlignedCriterion : IMediatorCriterion
{
    public const string CriterionName = "non-aligned";

    public string Name => CriterionName;

    public string Description => "in no security bloc at the date (illustrative)";

    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        var network = context.At is { } at ? context.Network.At(at) : context.Network;
        var blocs = network.Relations
            .Where(r => r.Kind == RelationKind.Membership && context.BlocCategory(r.Target) == "security")
            .ToLookup(r => r.Source, r => r.Target);
        return [.. context.Candidates.Select(c => blocs[c].Any()
            ? new CriterionValue(0, $"member of {string.Join(", ", blocs[c].Distinct().Order(StringComparer.Ordinal))}")
            : new CriterionValue(1, "in no security bloc"))];
    }
}
