using System.Globalization;
using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>
/// What the criteria see: the conflict, the network at the analysis date (blocs kept, for memberships), the same
/// network with blocs projected to their members (bloc relations redrawn between members, co-memberships as ties),
/// its undirected signed graph, the candidates (every non-bloc actor on neither side), each candidate's ties with
/// each side, and shared analyses computed once on demand (between-camps betweenness, signed brokerage).
/// </summary>
public sealed class MediationContext
{
    /// <summary>The strength of access through one shared bloc.</summary>
    public const double BlocChannel = 0.3;

    private readonly Dictionary<string, (SideTies A, SideTies B)> ties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Relation>> byActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> blocs = new(StringComparer.Ordinal);
    private readonly HashSet<string> parties;
    private readonly Lazy<NodeScores> betweenCamps;
    private readonly Lazy<BrokerageResult> brokerage;

    internal MediationContext(RelationsNetwork network, Conflict conflict, CancellationToken cancellationToken)
    {
        Network = network;
        Conflict = conflict;
        Projected = BlocProjection.Project(network).Network;
        Graph = GraphProjection.Project(Projected, new ProjectionOptions()).Graph;
        parties = conflict.SideA.Concat(conflict.SideB).ToHashSet(StringComparer.Ordinal);
        Candidates = [.. Projected.Actors.Where(a => !parties.Contains(a.Id)).Select(a => a.Id)];
        foreach (var r in network.Relations.Where(r => r.Kind == RelationKind.Membership && network[r.Target].Kind == ActorKind.Bloc))
        {
            var list = blocs.TryGetValue(r.Source, out var l) ? l : blocs[r.Source] = [];
            if (!list.Contains(r.Target, StringComparer.Ordinal))
            {
                list.Add(r.Target);
            }
        }

        foreach (var r in Projected.Relations)
        {
            (byActor.TryGetValue(r.Source, out var s) ? s : byActor[r.Source] = []).Add(r);
            (byActor.TryGetValue(r.Target, out var t) ? t : byActor[r.Target] = []).Add(r);
        }

        var friends = FriendStrengths();
        foreach (var c in Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ties[c] = (Side(c, conflict.SideA, friends), Side(c, conflict.SideB, friends));
        }

        betweenCamps = new Lazy<NodeScores>(() => new Betweenness(new BetweennessOptions
        {
            Ties = TieFilter.Positive,
            Sources = [.. conflict.SideA.Where(Graph.NodeIds.Contains)],
            Targets = [.. conflict.SideB.Where(Graph.NodeIds.Contains)],
        }).Compute(Graph, cancellationToken: cancellationToken));
        brokerage = new Lazy<BrokerageResult>(() =>
        {
            var a = conflict.SideA.ToHashSet(StringComparer.Ordinal);
            var b = conflict.SideB.ToHashSet(StringComparer.Ordinal);
            var groups = NodeGroups.FromLabels(Graph.NodeIds.Select(id => KeyValuePair.Create(id, a.Contains(id) ? "A" : b.Contains(id) ? "B" : "third")), "conflict sides");
            return new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = 0 }).Analyze(Graph, cancellationToken: cancellationToken);
        });
    }

    /// <summary>The network at the analysis date, blocs kept.</summary>
    public RelationsNetwork Network { get; }

    /// <summary>The network with blocs projected to their members (see <see cref="BlocProjection"/>).</summary>
    public RelationsNetwork Projected { get; }

    /// <summary>The undirected signed graph of <see cref="Projected"/> (parallel relations summed).</summary>
    public SignedGraph Graph { get; }

    /// <summary>The conflict.</summary>
    public Conflict Conflict { get; }

    /// <summary>The candidates: every non-bloc actor on neither side, in network order.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>Shortest positive-tie paths from side A to side B through each node (subset betweenness, hops).</summary>
    public NodeScores BetweenCamps => betweenCamps.Value;

    /// <summary>Signed brokerage with groups side A, side B and third parties: a third party's liaison count is the hostile cross-side pairs it links over positive ties.</summary>
    public BrokerageResult Brokerage => brokerage.Value;

    /// <summary>A candidate's ties with side A.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithA(string candidate) => ties[candidate].A;

    /// <summary>A candidate's ties with side B.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithB(string candidate) => ties[candidate].B;

    /// <summary>The blocs an actor is a member of at the analysis date.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Bloc ids in order of first appearance.</returns>
    public IReadOnlyList<string> BlocsOf(string actor) => blocs.TryGetValue(actor, out var list) ? list : [];

    /// <summary>The relations of an actor in <see cref="Projected"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The relations.</returns>
    public IReadOnlyList<Relation> RelationsOf(string actor) => byActor.TryGetValue(actor, out var list) ? list : [];

    /// <summary>A short name for a side in explanations: its only actor's id, or <c>side A</c>/<c>side B</c>.</summary>
    /// <param name="sideA">Which side.</param>
    /// <returns>The name.</returns>
    public string SideName(bool sideA)
    {
        var side = sideA ? Conflict.SideA : Conflict.SideB;
        return side.Count == 1 ? side[0] : sideA ? "side A" : "side B";
    }

    /// <summary>Describes ties with a side for explanations, e.g. <c>partnership, vote; blocs CSTO, EAEU; via TUR</c>.</summary>
    /// <param name="side">The ties.</param>
    /// <returns>The description, or <c>no positive tie</c>.</returns>
    public static string Describe(SideTies side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var parts = new List<string>();
        if (side.Positive.Count > 0)
        {
            parts.Add(string.Join(", ", side.Positive.GroupBy(r => r.Kind).Select(g => $"{Lower(g.Key)}{(g.Count() > 1 ? " ×" + g.Count().ToString(CultureInfo.InvariantCulture) : string.Empty)}")));
        }

        if (side.SharedBlocs.Count > 0)
        {
            parts.Add("blocs " + string.Join(", ", side.SharedBlocs));
        }

        if (side.Partner is not null)
        {
            parts.Add("via " + side.Partner);
        }

        return parts.Count == 0 ? "no positive tie" : string.Join("; ", parts);
    }

    internal static string Lower(RelationKind kind) => kind.ToString().ToLowerInvariant();

    private static bool IsCoMembership(Relation r) => r.Kind == RelationKind.Membership && r.Attributes.ContainsKey("via");

    /// <summary>Strongest positive non-membership relation per unordered pair, capped at 1.</summary>
    private Dictionary<(string, string), double> FriendStrengths()
    {
        var map = new Dictionary<(string, string), double>();
        foreach (var r in Projected.Relations)
        {
            if (r.Weight <= 0 || IsCoMembership(r))
            {
                continue;
            }

            var key = Key(r.Source, r.Target);
            map[key] = Math.Max(map.GetValueOrDefault(key), Math.Min(1, r.Weight));
        }

        return map;
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private SideTies Side(string candidate, IReadOnlyList<string> side, Dictionary<(string, string), double> friends)
    {
        var members = side.ToHashSet(StringComparer.Ordinal);
        var positive = new List<Relation>();
        var negative = new List<Relation>();
        var shared = new List<string>();
        foreach (var r in RelationsOf(candidate))
        {
            var other = r.Source == candidate ? r.Target : r.Source;
            if (!members.Contains(other))
            {
                continue;
            }

            if (IsCoMembership(r))
            {
                var via = r.Attributes["via"];
                if (!shared.Contains(via, StringComparer.Ordinal))
                {
                    shared.Add(via);
                }
            }
            else if (r.Weight > 0)
            {
                positive.Add(r);
            }
            else if (r.Weight < 0)
            {
                negative.Add(r);
            }
        }

        // The best partner: a third party (neither the candidate nor on a side) with positive ties to both.
        string? partner = null;
        double partnerStrength = 0;
        foreach (var r in RelationsOf(candidate))
        {
            var p = r.Source == candidate ? r.Target : r.Source;
            if (parties.Contains(p) || !friends.TryGetValue(Key(candidate, p), out var toPartner))
            {
                continue;
            }

            foreach (var m in side)
            {
                if (friends.TryGetValue(Key(p, m), out var toSide))
                {
                    var s = 0.5 * Math.Min(toPartner, toSide);
                    if (s > partnerStrength || (s == partnerStrength && partner is not null && string.CompareOrdinal(p, partner) < 0))
                    {
                        partnerStrength = s;
                        partner = p;
                    }
                }
            }
        }

        var miss = 1.0;
        foreach (var r in positive)
        {
            miss *= 1 - Math.Min(1, r.Weight);
        }

        miss *= Math.Pow(1 - BlocChannel, shared.Count);
        miss *= 1 - partnerStrength;
        return new SideTies(positive, shared, negative, partner, partnerStrength, 1 - miss);
    }
}
