using System.Globalization;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Model;
using RelationsGraph.Paths;

namespace RelationsGraph.Mediation;

/// <summary>
/// What the criteria see, with relations kept in layers (<see cref="MediationLayer"/>) so that none cancels another:
/// the conflict; the network at the analysis date; the candidates (every actor other than a bloc, on neither side,
/// with at least one relation at the date — a state that does not exist yet has none); each candidate's ties with
/// each side, layer by layer; the fora (blocs) actors share, weighted by the bloc's kind and size; and the signed
/// graph the path criteria use, in which any hostile relation makes a pair hostile and friendly pairs are joined with
/// the strength of all their channels (alignment, support, trade, fora).
/// </summary>
public sealed class MediationContext
{
    private readonly Dictionary<string, (SideTies A, SideTies B)> ties = new(StringComparer.Ordinal);
    private readonly Dictionary<long, double> friendly = [];
    private readonly HashSet<long> hostilePairs = [];
    private readonly HashSet<string> parties;
    private readonly ForaIndex fora;
    private readonly Lazy<NodeScores> betweenCamps;

    internal MediationContext(RelationsNetwork network, Conflict conflict, DateOnly? at, ForaIndex? foraIndex, CancellationToken cancellationToken)
    {
        Network = network;
        Conflict = conflict;
        At = at;
        fora = foraIndex ?? new ForaIndex(network);
        parties = conflict.SideA.Concat(conflict.SideB).ToHashSet(StringComparer.Ordinal);

        // Pairs are keyed by the actors' positions in the network (the same in every permuted network).
        var actors = network.Actors;
        var active = new bool[actors.Length];
        var byPair = new Dictionary<long, List<Relation>>();
        foreach (var r in network.Relations)
        {
            var u = network.IndexOf(r.Source);
            var v = network.IndexOf(r.Target);
            active[u] = true;
            active[v] = true;
            if (actors[u].Kind == ActorKind.Bloc || actors[v].Kind == ActorKind.Bloc)
            {
                continue;
            }

            // A measure taken at the target's own request (attribute on_behalf_of naming it, e.g. sanctions on a former
            // government's officials) is not hostility between the two states.
            if (r.Attributes.Count > 0 && r.Attributes.TryGetValue("on_behalf_of", out var behalf) && behalf.Split(';').Contains(r.Target, StringComparer.Ordinal))
            {
                continue;
            }

            var key = Pair(u, v);
            (byPair.TryGetValue(key, out var list) ? list : byPair[key] = []).Add(r);
        }

        Candidates = [.. actors.Where((a, i) => a.Kind != ActorKind.Bloc && !parties.Contains(a.Id) && active[i]).Select(a => a.Id)];
        var nodeOf = new int[actors.Length];
        var nodeList = new List<string>();
        for (var i = 0; i < actors.Length; i++)
        {
            nodeOf[i] = -1;
            if (actors[i].Kind != ActorKind.Bloc && (active[i] || parties.Contains(actors[i].Id)))
            {
                nodeOf[i] = nodeList.Count;
                nodeList.Add(actors[i].Id);
            }
        }

        var nodes = nodeList.ToArray();
        Nodes = nodes;

        // The signed graph of the path criteria: hostility dominates; friendly strength from every channel. Pairs with
        // direct relations combine them with their shared fora; the other fora pairs come from the (shared) fora index.
        var channelsOf = new Dictionary<long, PairChannels>(byPair.Count);
        foreach (var (key, list) in byPair)
        {
            var channels = PairChannels.Of(list, fora.RegionalTreatyByIndex.Contains(key));
            channelsOf[key] = channels;
            if (channels.Hostility > 0)
            {
                hostilePairs.Add(key);
            }

            var miss = (1 - channels.Alignment) * (1 - channels.Support) * (1 - Math.Min(1, 2 * channels.Trade)) * (1 - fora.ByIndex.GetValueOrDefault(key));
            friendly[key] = 1 - miss;
        }

        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            index[nodes[i]] = i;
        }

        var nodeSet = index.Keys.ToHashSet(StringComparer.Ordinal);

        // Every fora pair (shared arrays), then each pair with direct relations as the difference to its fora strength:
        // the edges sum to the pair's friendly strength, or to its (negative) hostility.
        var (foraSources, foraTargets, foraWeights) = fora.EdgeArrays(nodes, index);
        var sources = new List<int>(foraSources.Length + friendly.Count);
        var targets = new List<int>(foraSources.Length + friendly.Count);
        var weights = new List<double>(foraSources.Length + friendly.Count);
        sources.AddRange(foraSources);
        targets.AddRange(foraTargets);
        weights.AddRange(foraWeights);
        foreach (var (key, s) in friendly)
        {
            // (Insertion order: the order of the relations. Each pair adds one edge, so the sums do not depend on it.)
            var u = nodeOf[(int)(key >> 32)];
            var v = nodeOf[(int)(key & 0xFFFFFFFF)];
            if (u < 0 || v < 0)
            {
                continue;
            }

            var base0 = fora.ByIndex.GetValueOrDefault(key);
            var w = hostilePairs.Contains(key) ? -Math.Max(1e-9, channelsOf[key].Hostility) - base0 : s - base0;
            if (w != 0)
            {
                sources.Add(Math.Min(u, v));
                targets.Add(Math.Max(u, v));
                weights.Add(w);
            }
        }

        Graph = SignedGraph.Create(nodes, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(targets), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights), isDirected: false);
        SidesHostile = conflict.SideA.Any(a => conflict.SideB.Any(b => Hostile(a, b)));
        HostileSidePairs = [.. conflict.SideA.SelectMany(a => conflict.SideB.Where(b => Hostile(a, b)).Select(b => (a, b)))];

        foreach (var c in Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ties[c] = (Side(c, conflict.SideA, byPair, channelsOf), Side(c, conflict.SideB, byPair, channelsOf));
        }

        betweenCamps = new Lazy<NodeScores>(() => new Betweenness(new BetweennessOptions
        {
            Ties = TieFilter.Positive,
            Length = EdgeLength.InverseStrength,
            Sources = [.. conflict.SideA.Where(nodeSet.Contains)],
            Targets = [.. conflict.SideB.Where(nodeSet.Contains)],
        }).Compute(Graph, cancellationToken: cancellationToken));
    }

    /// <summary>The network at the analysis date, blocs kept.</summary>
    public RelationsNetwork Network { get; }

    /// <summary>The analysis date (null: every relation of the network, whatever its period).</summary>
    public DateOnly? At { get; }

    /// <summary>The conflict.</summary>
    public Conflict Conflict { get; }

    /// <summary>The candidates: every non-bloc actor on neither side with a relation at the date, in network order.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>The nodes of <see cref="Graph"/>: the candidates and the sides.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>
    /// The undirected signed graph of the path criteria: a pair with any hostile relation has the (negative) strongest
    /// hostility; otherwise the friendly strength 1 − Π(1 − channel) over alignment, support, trade (2 × share, at most 1)
    /// and shared fora. Blocs are not nodes.
    /// </summary>
    public SignedGraph Graph { get; }

    /// <summary>Whether any hostile relation joins the two sides at the date.</summary>
    public bool SidesHostile { get; }

    /// <summary>The cross-side pairs (a in side A, b in side B) joined by a hostile relation.</summary>
    public IReadOnlyList<(string A, string B)> HostileSidePairs { get; }

    /// <summary>Shortest friendly paths (lengths 1/strength) from side A to side B through each node: subset betweenness.</summary>
    public NodeScores BetweenCamps => betweenCamps.Value;

    /// <summary>The strength of a forum in [0, 1]: its kind (security 1, political or regional 0.8, economic 0.6, other 0.5, universal 0) times min(1, 2/√size): a 4-member body says more than a 57-member one, the UN nothing.</summary>
    /// <param name="category">The bloc's kind (actor attribute <c>category</c>).</param>
    /// <param name="size">Its member count at the date.</param>
    /// <returns>The strength.</returns>
    public static double ForumStrength(string category, int size)
    {
        var kind = category switch
        {
            "security" => 1.0,
            "political" or "regional" or "region" => 0.8,
            "economic" => 0.6,
            "universal" => 0.0,
            _ => 0.5,
        };
        return size <= 1 ? 0 : kind * Math.Min(1, 2 / Math.Sqrt(size));
    }

    /// <summary>A bloc's member count at the date.</summary>
    /// <param name="bloc">The bloc's id.</param>
    /// <returns>The count.</returns>
    public int BlocSize(string bloc) => fora.SizeOf(bloc);

    /// <summary>A bloc's kind as the forum weighting reads it.</summary>
    /// <param name="bloc">The bloc's id.</param>
    /// <returns>security, political, regional, economic, universal or another word.</returns>
    public string BlocCategory(string bloc) => fora.CategoryOf(bloc);

    /// <summary>The friendly strength of a pair in [0, 1] (0 when hostile or unconnected).</summary>
    /// <param name="a">An actor.</param>
    /// <param name="b">Another.</param>
    /// <returns>The strength.</returns>
    public double Friendly(string a, string b)
    {
        var (u, v) = (Network.IndexOf(a), Network.IndexOf(b));
        if (u < 0 || v < 0)
        {
            return 0;
        }

        var key = Pair(u, v);
        return hostilePairs.Contains(key) ? 0 : friendly.TryGetValue(key, out var s) ? s : fora.ByIndex.GetValueOrDefault(key);
    }

    /// <summary>Whether a hostile relation joins a pair.</summary>
    /// <param name="a">An actor.</param>
    /// <param name="b">Another.</param>
    /// <returns><see langword="true"/> when hostile.</returns>
    public bool Hostile(string a, string b) => Network.IndexOf(a) is var u and >= 0 && Network.IndexOf(b) is var v and >= 0 && hostilePairs.Contains(Pair(u, v));

    /// <summary>A candidate's ties with side A.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithA(string candidate) => ties[candidate].A;

    /// <summary>A candidate's ties with side B.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithB(string candidate) => ties[candidate].B;

    /// <summary>A numeric actor attribute (e.g. <c>gdp</c>), or NaN when absent or not a finite number.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The value.</returns>
    public double Number(string actor, string attribute) =>
        Network.TryGetActor(actor, out var a) && a.Attributes.TryGetValue(attribute, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN;

    /// <summary>A short name for a side in explanations: its only actor's id, or <c>side A</c>/<c>side B</c>.</summary>
    /// <param name="sideA">Which side.</param>
    /// <returns>The name.</returns>
    public string SideName(bool sideA)
    {
        var side = sideA ? Conflict.SideA : Conflict.SideB;
        return side.Count == 1 ? side[0] : sideA ? "side A" : "side B";
    }

    /// <summary>Describes ties with a side for explanations, e.g. <c>alliance 1, trade 0.2, fora CSTO, EAEU</c>.</summary>
    /// <param name="side">The ties.</param>
    /// <returns>The description, or <c>no channel</c>.</returns>
    public static string Describe(SideTies side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var parts = new List<string>();
        void Add(string name, double value)
        {
            if (value > 0)
            {
                parts.Add($"{name} {F(value)}");
            }
        }

        Add("alliance", side.Alliance);
        Add("partnership", side.Partnership);
        Add("support", side.Support);
        Add("trade", side.Trade);
        if (side.SharedFora.Count > 0)
        {
            parts.Add("fora " + ForaIndex.Describe(side.SharedFora));
        }

        Add("armed hostility", side.Armed);
        return parts.Count == 0 ? "no channel" : string.Join(", ", parts);
    }

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>An unordered pair of actor positions as one key.</summary>
    internal static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>The weight of an alliance that stems from a regional collective-security treaty (see <see cref="ForaIndex.RegionalTreaty"/>).</summary>
    public const double RegionalTreatyFactor = 0.3;

    private SideTies Side(string candidate, IReadOnlyList<string> side, Dictionary<long, List<Relation>> byPair, Dictionary<long, PairChannels> channelsOf)
    {
        var relations = new List<Relation>();
        var best = default(PairChannels);
        var shared = new Dictionary<string, double>(StringComparer.Ordinal);
        double? ideal = null;
        var own = Number(candidate, "idealpoint");
        foreach (var m in side)
        {
            foreach (var f in fora.Shared(candidate, m))
            {
                shared[f.Bloc] = Math.Max(shared.GetValueOrDefault(f.Bloc), f.Strength);
            }

            var theirs = Number(m, "idealpoint");
            if (!double.IsNaN(own) && !double.IsNaN(theirs))
            {
                var d = Math.Abs(own - theirs);
                ideal = ideal is null ? d : Math.Min(ideal.Value, d);
            }

            var key = Pair(Network.IndexOf(candidate), Network.IndexOf(m));
            if (byPair.TryGetValue(key, out var list))
            {
                relations.AddRange(list);
                best = best.Strongest(channelsOf[key]);
            }
        }

        var (alliance, partnership, support, trade, armed) = (best.Alliance, best.Partnership, best.Support, best.Trade, best.Armed);
        var sharedFora = shared.Select(kv => new SharedForum(kv.Key, kv.Value))
            .OrderByDescending(f => f.Strength).ThenBy(f => f.Bloc, StringComparer.Ordinal).ToList();
        var foraChannel = 1 - sharedFora.Aggregate(1.0, (m, f) => m * (1 - f.Strength));
        var access = (1 - ((1 - alliance) * (1 - partnership) * (1 - support) * (1 - Math.Min(1, 2 * trade)) * (1 - foraChannel))) * (1 - armed);
        return new SideTies
        {
            Relations = relations,
            Alliance = alliance,
            Partnership = partnership,
            Support = support,
            Trade = trade,
            SharedFora = sharedFora,
            Fora = foraChannel,
            Armed = armed,
            Sanctions = best.Sanctions,
            Rivalry = best.Rivalry,
            OtherHostility = best.Other,
            Votes = best.VoteCount == 0 ? null : best.VoteSum / best.VoteCount,
            IdealPointDistance = ideal,
            Access = access,
        };
    }

    /// <summary>The strongest relation of each kind between two actors (strengths |w| capped at 1), and their votes.</summary>
    private readonly record struct PairChannels(double Alliance, double Partnership, double Support, double Trade, double Armed, double Sanctions, double Rivalry, double Other, double VoteSum, int VoteCount)
    {
        public double Alignment => Math.Max(Alliance, Partnership);

        public double Hostility => Math.Max(Math.Max(Armed, Sanctions), Math.Max(Rivalry, Other));

        /// <summary>Reads a pair's relations layer by layer; alliances of a regional treaty count at <see cref="RegionalTreatyFactor"/>.</summary>
        public static PairChannels Of(List<Relation> relations, bool regional)
        {
            double alliance = 0, partnership = 0, support = 0, trade = 0, armed = 0, sanctions = 0, rivalry = 0, other = 0, votes = 0;
            var voteCount = 0;
            foreach (var r in relations)
            {
                var s = Math.Min(1, Math.Abs(r.Weight)) * (regional && r.Kind == RelationKind.Alliance && r.Weight > 0 ? RegionalTreatyFactor : 1);
                switch (MediationLayers.Of(r))
                {
                    case MediationLayer.Hostility when r.Kind is RelationKind.War or RelationKind.Conflict:
                        armed = Math.Max(armed, s);
                        break;
                    case MediationLayer.Hostility when r.Kind == RelationKind.Sanction:
                        sanctions = Math.Max(sanctions, s);
                        break;
                    case MediationLayer.Hostility when r.Kind == RelationKind.Rivalry:
                        rivalry = Math.Max(rivalry, s);
                        break;
                    case MediationLayer.Hostility:
                        other = Math.Max(other, s);
                        break;
                    case MediationLayer.Alignment when r.Kind == RelationKind.Alliance:
                        alliance = Math.Max(alliance, s);
                        break;
                    case MediationLayer.Alignment:
                        partnership = Math.Max(partnership, s);
                        break;
                    case MediationLayer.Support:
                        support = Math.Max(support, s);
                        break;
                    case MediationLayer.Economy:
                        trade = Math.Max(trade, s);
                        break;
                    case MediationLayer.Affinity:
                        votes += Math.Clamp(r.Weight, -1, 1);
                        voteCount++;
                        break;
                    default:
                        break;
                }
            }

            return new PairChannels(alliance, partnership, support, trade, armed, sanctions, rivalry, other, votes, voteCount);
        }

        /// <summary>The stronger of two channel sets, kind by kind (votes add up).</summary>
        public PairChannels Strongest(PairChannels o) => new(
            Math.Max(Alliance, o.Alliance),
            Math.Max(Partnership, o.Partnership),
            Math.Max(Support, o.Support),
            Math.Max(Trade, o.Trade),
            Math.Max(Armed, o.Armed),
            Math.Max(Sanctions, o.Sanctions),
            Math.Max(Rivalry, o.Rivalry),
            Math.Max(Other, o.Other),
            VoteSum + o.VoteSum,
            VoteCount + o.VoteCount);
    }
}
