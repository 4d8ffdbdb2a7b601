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
public sealed partial class MediationContext
{
    private readonly Frame frame;
    private readonly double[]? weights;
    private readonly PairChannels[] channels;
    private readonly bool[] hostile;
    private readonly double[] friendly;
    private readonly (SideTies A, SideTies B)[] ties;
    private readonly Lazy<RelationsNetwork>? permutedNetwork;
    private readonly Lazy<NodeScores> betweenCamps;

    internal MediationContext(RelationsNetwork network, Conflict conflict, DateOnly? at, ForaIndex? foraIndex, CancellationToken cancellationToken)
        : this(new Frame(network, conflict, foraIndex ?? new ForaIndex(network), cancellationToken), null, at, cancellationToken)
    {
    }

    /// <summary>
    /// The context of the same network with other relation weights (a sign permutation: same relations, kinds,
    /// endpoints and periods), reusing everything that does not depend on the weights.
    /// </summary>
    /// <param name="frame">What the weights do not change.</param>
    /// <param name="weights">Each relation's weight, by position in the frame's network (null: the network's own).</param>
    /// <param name="at">The analysis date.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    private MediationContext(Frame frame, double[]? weights, DateOnly? at, CancellationToken cancellationToken)
    {
        this.frame = frame;
        this.weights = weights;
        At = at;
        var relations = frame.Network.Relations;
        var pairs = frame.PairKeys.Length;
        channels = new PairChannels[pairs];
        hostile = new bool[pairs];
        friendly = new double[pairs];
        for (var p = 0; p < pairs; p++)
        {
            var c = PairChannels.Of(relations, weights, frame.PairRelations.AsSpan(frame.PairStart[p], frame.PairStart[p + 1] - frame.PairStart[p]), frame.PairRegional[p]);
            channels[p] = c;
            hostile[p] = c.Hostility > 0;
            var miss = (1 - c.Alignment) * (1 - c.Support) * (1 - Math.Min(1, 2 * c.Trade)) * (1 - frame.PairFora[p]);
            friendly[p] = 1 - miss;
        }

        Graph = frame.BuildGraph(this);
        var conflict = frame.Conflict;
        HostileSidePairs = [.. conflict.SideA.SelectMany(a => conflict.SideB.Where(b => Hostile(a, b)).Select(b => (a, b)))];
        SidesHostile = HostileSidePairs.Count > 0;
        ties = new (SideTies, SideTies)[frame.Candidates.Length];
        for (var c = 0; c < ties.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ties[c] = (Side(frame.SidesOf[c].A), Side(frame.SidesOf[c].B));
        }

        if (weights is not null)
        {
            permutedNetwork = new Lazy<RelationsNetwork>(() =>
            {
                var builder = relations.ToBuilder();
                for (var i = 0; i < builder.Count; i++)
                {
                    if (weights[i] != builder[i].Weight)
                    {
                        builder[i] = builder[i] with { Weight = weights[i] };
                    }
                }

                return new RelationsNetwork(frame.Network.Actors, builder.MoveToImmutable());
            });
        }

        betweenCamps = new Lazy<NodeScores>(() => new Betweenness(new BetweennessOptions
        {
            Ties = TieFilter.Positive,
            Length = EdgeLength.InverseStrength,
            Sources = frame.GraphSideA,
            Targets = frame.GraphSideB,
        }).Compute(Graph, cancellationToken: cancellationToken));
    }

    /// <summary>What the relation weights do not change: kept to evaluate sign-permuted networks quickly.</summary>
    internal Frame Prepared => frame;

    /// <summary>The context of the frame's network with each relation's weight replaced (same kinds, endpoints and periods).</summary>
    /// <param name="frame">The frame of the original network.</param>
    /// <param name="weights">The weights, one per relation of the frame's network, in its order.</param>
    /// <param name="at">The analysis date.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The context, the same as one built from a network with those weights.</returns>
    internal static MediationContext WithWeights(Frame frame, double[] weights, DateOnly? at, CancellationToken cancellationToken)
    {
        if (weights.Length != frame.Network.Relations.Length)
        {
            throw new ArgumentException($"{weights.Length} weights for {frame.Network.Relations.Length} relations.", nameof(weights));
        }

        return new MediationContext(frame, weights, at, cancellationToken);
    }

    /// <summary>The network at the analysis date, blocs kept.</summary>
    public RelationsNetwork Network => permutedNetwork?.Value ?? frame.Network;

    /// <summary>The analysis date (null: every relation of the network, whatever its period).</summary>
    public DateOnly? At { get; }

    /// <summary>The conflict.</summary>
    public Conflict Conflict => frame.Conflict;

    /// <summary>The candidates: every non-bloc actor on neither side with a relation at the date, in network order.</summary>
    public IReadOnlyList<string> Candidates => frame.Candidates;

    /// <summary>The nodes of <see cref="Graph"/>: the candidates and the sides.</summary>
    public IReadOnlyList<string> Nodes => frame.Nodes;

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
    public int BlocSize(string bloc) => frame.Fora.SizeOf(bloc);

    /// <summary>A bloc's kind as the forum weighting reads it.</summary>
    /// <param name="bloc">The bloc's id.</param>
    /// <returns>security, political, regional, economic, universal or another word.</returns>
    public string BlocCategory(string bloc) => frame.Fora.CategoryOf(bloc);

    /// <summary>The friendly strength of a pair in [0, 1] (0 when hostile or unconnected).</summary>
    /// <param name="a">An actor.</param>
    /// <param name="b">Another.</param>
    /// <returns>The strength.</returns>
    public double Friendly(string a, string b)
    {
        var (u, v) = (frame.Network.IndexOf(a), frame.Network.IndexOf(b));
        if (u < 0 || v < 0)
        {
            return 0;
        }

        var key = Pair(u, v);
        return frame.PairId.TryGetValue(key, out var p) ? (hostile[p] ? 0 : friendly[p]) : frame.Fora.ByIndex.GetValueOrDefault(key);
    }

    /// <summary>Whether a hostile relation joins a pair.</summary>
    /// <param name="a">An actor.</param>
    /// <param name="b">Another.</param>
    /// <returns><see langword="true"/> when hostile.</returns>
    public bool Hostile(string a, string b) =>
        frame.Network.IndexOf(a) is var u and >= 0 && frame.Network.IndexOf(b) is var v and >= 0 && frame.PairId.TryGetValue(Pair(u, v), out var p) && hostile[p];

    /// <summary>A candidate's ties with side A.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithA(string candidate) => ties[frame.CandidateIndex(candidate)].A;

    /// <summary>A candidate's ties with side B.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ties.</returns>
    public SideTies TiesWithB(string candidate) => ties[frame.CandidateIndex(candidate)].B;

    /// <summary>A numeric actor attribute (e.g. <c>gdp</c>), or NaN when absent or not a finite number.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The value.</returns>
    public double Number(string actor, string attribute) => NumberOf(frame.Network, actor, attribute);

    /// <summary>A numeric actor attribute of a network, or NaN when absent or not a finite number.</summary>
    internal static double NumberOf(RelationsNetwork network, string actor, string attribute) =>
        network.TryGetActor(actor, out var a) && a.Attributes.TryGetValue(attribute, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN;

    /// <summary>An actor attribute as text (e.g. <c>region</c>), or null when the actor or the attribute is absent.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The value.</returns>
    public string? Attribute(string actor, string attribute) =>
        frame.Network.TryGetActor(actor, out var a) && a.Attributes.TryGetValue(attribute, out var text) ? text : null;

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

    private SideTies Side(Frame.SideFrame side)
    {
        var best = default(PairChannels);
        foreach (var p in side.Pairs)
        {
            best = best.Strongest(channels[p]);
        }

        var (alliance, partnership, support, trade, armed) = (best.Alliance, best.Partnership, best.Support, best.Trade, best.Armed);
        var access = (1 - ((1 - alliance) * (1 - partnership) * (1 - support) * (1 - Math.Min(1, 2 * trade)) * (1 - side.Fora))) * (1 - armed);
        return new SideTies
        {
            Relations = weights is null ? side.Relations(frame.Network.Relations) : new ReweightedRelations(frame.Network.Relations, side.RelationIndices, weights),
            Alliance = alliance,
            Partnership = partnership,
            Support = support,
            Trade = trade,
            SharedFora = side.SharedFora,
            Fora = side.Fora,
            Armed = armed,
            Sanctions = best.Sanctions,
            Rivalry = best.Rivalry,
            OtherHostility = best.Other,
            Votes = best.VoteCount == 0 ? null : best.VoteSum / best.VoteCount,
            IdealPointDistance = side.IdealPointDistance,
            Access = access,
        };
    }

    /// <summary>The strongest relation of each kind between two actors (strengths |w| capped at 1), and their votes.</summary>
    private readonly record struct PairChannels(double Alliance, double Partnership, double Support, double Trade, double Armed, double Sanctions, double Rivalry, double Other, double VoteSum, int VoteCount)
    {
        public double Alignment => Math.Max(Alliance, Partnership);

        public double Hostility => Math.Max(Math.Max(Armed, Sanctions), Math.Max(Rivalry, Other));

        /// <summary>Reads a pair's relations layer by layer; alliances of a regional treaty count at <see cref="RegionalTreatyFactor"/>.</summary>
        /// <param name="relations">The network's relations.</param>
        /// <param name="weights">Their weights (null: their own).</param>
        /// <param name="pair">The positions of the pair's relations.</param>
        /// <param name="regional">Whether the pair's alliance stems from a regional treaty.</param>
        public static PairChannels Of(System.Collections.Immutable.ImmutableArray<Relation> relations, double[]? weights, ReadOnlySpan<int> pair, bool regional)
        {
            double alliance = 0, partnership = 0, support = 0, trade = 0, armed = 0, sanctions = 0, rivalry = 0, other = 0, votes = 0;
            var voteCount = 0;
            foreach (var i in pair)
            {
                var r = relations[i];
                var weight = weights is null ? r.Weight : weights[i];
                var s = Math.Min(1, Math.Abs(weight)) * (regional && r.Kind == RelationKind.Alliance && weight > 0 ? RegionalTreatyFactor : 1);
                switch (MediationLayers.Of(r.Kind, weight))
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
                        votes += Math.Clamp(weight, -1, 1);
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
