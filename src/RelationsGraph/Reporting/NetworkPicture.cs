using System.Globalization;
using RelationsGraph.Mediation;
using RelationsGraph.Model;

namespace RelationsGraph.Reporting;

/// <summary>
/// The picture of a mediator ranking: the two sides, the best candidates and the blocs they share, the ties among
/// them at the analysis date, and a position for every node. Built from the ranking and the network (see
/// <see cref="Build"/>); drawn by <see cref="MediatorReport"/> in HTML and by <c>relgraph plot network</c> as PNG or
/// SVG. Immutable; the same inputs give the same picture.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is drawn.</b> Level of detail first: every actor of each side (up to
/// <see cref="NetworkPictureOptions.SideActors"/>), the best <see cref="NetworkPictureOptions.Candidates"/>
/// candidates by score, and the blocs (not universal ones such as the UN) with at least two drawn members (up to
/// <see cref="NetworkPictureOptions.Blocs"/>, those with the most drawn members first). At most 60 + 60 + 150 + 20 =
/// 290 nodes whatever the size of the network, and only the ties among them, so a network of thousands of actors
/// still gives a readable picture. A pair of drawn states is <i>hostile</i> when any relation between them is in
/// the hostility layer (<see cref="MediationLayers"/>: hostility is never cancelled), <i>friendly</i> when it has
/// alignment, support or trade relations and no hostile one; votes and shared fora are not drawn as ties (fora
/// appear as the blocs, joined to their drawn members).
/// </para>
/// <para>
/// <b>Layout</b> (deterministic, no random seed, O(k²) in the k drawn nodes): side A is pinned in a column on the
/// left, side B on the right. A candidate's horizontal place is its lean: with a and b the sums over the side's
/// actors of its tie strengths (friendly +, hostile −), x = (b − a) / (|a| + |b|) of the span between the sides
/// (0, the middle, with no tie to either side), so a friend of side A and foe of side B sits near A. Candidates are
/// placed best first, each at the free place nearest its lean on the middle line — half a step above or below it
/// first (the line itself is left to the sides' own tie), at its lean or up to two clearances to either side, then
/// further out — so the best mediators sit in the middle band. Blocs sit in a row below the states, each under the
/// mean place of its drawn members, pushed apart to keep clear of each other. MSAGL was considered and not used: its
/// layouts do not say "two camps pinned apart, the rest by their lean", and it would add a dependency.
/// </para>
/// </remarks>
public sealed class NetworkPicture
{
    /// <summary>Horizontal distance of each side's column from the middle.</summary>
    internal const double SideX = 460;

    private const double CandidateSpan = 330;
    private const double Step = 84;
    private const double Clearance = 48;
    private const double BlocSpacing = 105;
    private const int SideColumn = 12;
    private static readonly double[] Offsets = [0, 48, -48, 96, -96];

    private NetworkPicture(MediatorRankingResult result, IReadOnlyList<PictureNode> nodes, IReadOnlyList<PictureEdge> edges, IReadOnlyList<string> notes)
    {
        Result = result;
        Nodes = nodes;
        Edges = edges;
        Notes = notes;
    }

    /// <summary>The ranking drawn.</summary>
    public MediatorRankingResult Result { get; }

    /// <summary>The nodes: side A, side B, candidates best first, then blocs.</summary>
    public IReadOnlyList<PictureNode> Nodes { get; }

    /// <summary>The edges among the nodes, hostile first, then friendly, then memberships, each by source and target.</summary>
    public IReadOnlyList<PictureEdge> Edges { get; }

    /// <summary>What the picture leaves out (e.g. candidates beyond the best K), for a caption or legend.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Builds the picture of a ranking.</summary>
    /// <param name="result">The ranking (<see cref="MediatorRanking.Compute"/>).</param>
    /// <param name="network">The network the ranking was computed on; it is read at the ranking's date.</param>
    /// <param name="options">How much to draw (default <see cref="NetworkPictureOptions"/>).</param>
    /// <returns>The picture.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count in the options is negative, or the candidates are fewer than 1.</exception>
    public static NetworkPicture Build(MediatorRankingResult result, RelationsNetwork network, NetworkPictureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(network);
        options ??= new NetworkPictureOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Candidates, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SideActors, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Blocs, nameof(options));
        var at = result.At is { } date ? network.At(date) : network;
        var notes = new List<string>();

        var sideCap = Math.Min(Math.Max(options.SideActors, 1), NetworkPictureOptions.MaxSideActors);
        var sideA = result.Conflict.SideA.Where(at.Contains).Take(sideCap).ToList();
        var sideB = result.Conflict.SideB.Where(at.Contains).Take(sideCap).ToList();
        foreach (var (side, drawn, name) in new[] { (result.Conflict.SideA, sideA, "A"), (result.Conflict.SideB, sideB, "B") })
        {
            if (drawn.Count < side.Count)
            {
                notes.Add($"side {name}: {drawn.Count} of its {side.Count} actors drawn");
            }
        }

        var candidateCap = Math.Min(options.Candidates, NetworkPictureOptions.MaxCandidates);
        var candidates = result.Candidates.Take(candidateCap).ToList();
        if (result.Candidates.Count > candidates.Count)
        {
            notes.Add($"the best {candidates.Count} of {result.Candidates.Count} candidates drawn");
        }

        var states = sideA.Concat(sideB).Concat(candidates.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        var pairs = Pairs(at, states);
        var blocs = Blocs(at, states, Math.Min(options.Blocs, NetworkPictureOptions.MaxBlocs), notes);

        // Positions: sides pinned apart, candidates by lean and rank, blocs in a row below.
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        Column(sideA, -1, position);
        Column(sideB, +1, position);
        var placed = position.Values.ToList();
        foreach (var c in candidates)
        {
            var x = CandidateSpan * Lean(c.Id, sideA, sideB, pairs);
            var p = Free(x, placed);
            position[c.Id] = p;
            placed.Add(p);
        }

        var bottom = placed.Count == 0 ? 0 : placed.Max(p => p.Y);
        var blocX = blocs.Select(b => (b.Id, X: b.Members.Average(m => position[m].X)))
            .OrderBy(b => b.X).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
        var spread = new double[blocX.Count];
        for (var i = 0; i < blocX.Count; i++)
        {
            spread[i] = i == 0 ? blocX[i].X : Math.Max(blocX[i].X, spread[i - 1] + BlocSpacing);
        }

        var shift = blocX.Count == 0 ? 0 : blocX.Average(b => b.X) - spread.Average();
        for (var i = 0; i < blocX.Count; i++)
        {
            position[blocX[i].Id] = (spread[i] + shift, bottom + (2 * Step));
        }

        var nodes = new List<PictureNode>();
        foreach (var id in sideA)
        {
            nodes.Add(Node(at[id], PictureRole.SideA, null, null, position[id]));
        }

        foreach (var id in sideB)
        {
            nodes.Add(Node(at[id], PictureRole.SideB, null, null, position[id]));
        }

        foreach (var c in candidates)
        {
            nodes.Add(new PictureNode(c.Id, c.Name, c.Kind, PictureRole.Candidate, c.Rank, c.Score, Round(position[c.Id].X), Round(position[c.Id].Y)));
        }

        foreach (var b in blocs.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            nodes.Add(Node(at[b.Id], PictureRole.Bloc, null, null, position[b.Id]));
        }

        var edges = pairs.Select(kv => new PictureEdge(kv.Key.Item1, kv.Key.Item2, kv.Value.Hostile ? PictureTie.Hostile : PictureTie.Friendly, kv.Value.Strength))
            .Concat(blocs.SelectMany(b => b.Members.Select(m => new PictureEdge(m, b.Id, PictureTie.Membership, 1))))
            .OrderBy(e => e.Tie).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        return new NetworkPicture(result, nodes, edges, notes);
    }

    private static PictureNode Node(Actor actor, PictureRole role, int? rank, double? score, (double X, double Y) p) =>
        new(actor.Id, actor.Name, actor.Kind, role, rank, score, Round(p.X), Round(p.Y));

    private static double Round(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero) + 0.0;

    /// <summary>The ties among drawn states: hostile if any relation is hostile (strongest |w|), else friendly (1 − Π(1 − |w|)).</summary>
    private static SortedDictionary<(string, string), (bool Hostile, double Strength)> Pairs(RelationsNetwork network, HashSet<string> states)
    {
        var hostile = new Dictionary<(string, string), double>();
        var friendly = new Dictionary<(string, string), double>();
        foreach (var r in network.Relations)
        {
            if (r.Source == r.Target || !states.Contains(r.Source) || !states.Contains(r.Target))
            {
                continue;
            }

            var key = string.CompareOrdinal(r.Source, r.Target) < 0 ? (r.Source, r.Target) : (r.Target, r.Source);
            var strength = Math.Min(1, Math.Abs(r.Weight));
            switch (MediationLayers.Of(r))
            {
                case MediationLayer.Hostility:
                    hostile[key] = Math.Max(hostile.GetValueOrDefault(key), strength);
                    break;
                case MediationLayer.Alignment or MediationLayer.Support or MediationLayer.Economy:
                    friendly[key] = 1 - ((1 - friendly.GetValueOrDefault(key)) * (1 - strength));
                    break;
                default:
                    break;
            }
        }

        var pairs = new SortedDictionary<(string, string), (bool, double)>(Comparer<(string, string)>.Create((x, y) =>
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }));
        foreach (var (key, s) in hostile)
        {
            if (s > 0)
            {
                pairs[key] = (true, s);
            }
        }

        foreach (var (key, s) in friendly)
        {
            if (s > 0 && !pairs.ContainsKey(key))
            {
                pairs[key] = (false, s);
            }
        }

        return pairs;
    }

    private static List<(string Id, List<string> Members)> Blocs(RelationsNetwork network, HashSet<string> states, int cap, List<string> notes)
    {
        var members = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var r in network.Relations)
        {
            if (r.Kind == RelationKind.Membership && r.Weight > 0 && states.Contains(r.Source)
                && network.TryGetActor(r.Target, out var bloc) && bloc.Kind == ActorKind.Bloc
                && Category(bloc) != "universal")
            {
                (members.TryGetValue(r.Target, out var set) ? set : members[r.Target] = new SortedSet<string>(StringComparer.Ordinal)).Add(r.Source);
            }
        }

        var shared = members.Where(kv => kv.Value.Count >= 2).OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        if (shared.Count > cap)
        {
            notes.Add($"{cap} of the {shared.Count} blocs with two or more drawn members drawn");
        }

        return [.. shared.Take(cap).Select(kv => (kv.Key, kv.Value.ToList()))];
    }

    private static string Category(Actor bloc) =>
        bloc.Attributes.TryGetValue("category", out var c) && c.Length > 0 ? c.ToLowerInvariant() : ForaIndex.DefaultCategory(bloc.Id);

    private static void Column(List<string> side, int sign, Dictionary<string, (double X, double Y)> position)
    {
        for (var i = 0; i < side.Count; i++)
        {
            var column = i / SideColumn;
            var inColumn = Math.Min(SideColumn, side.Count - (column * SideColumn));
            var row = i % SideColumn;
            position[side[i]] = (sign * (SideX + (column * 90)), (row - ((inColumn - 1) / 2.0)) * Step);
        }
    }

    private static double Lean(string candidate, List<string> sideA, List<string> sideB, SortedDictionary<(string, string), (bool Hostile, double Strength)> pairs)
    {
        double Sum(List<string> side) => side.Sum(s =>
            pairs.TryGetValue(string.CompareOrdinal(candidate, s) < 0 ? (candidate, s) : (s, candidate), out var t) ? (t.Hostile ? -t.Strength : t.Strength) : 0);
        var a = Sum(sideA);
        var b = Sum(sideB);
        var total = Math.Abs(a) + Math.Abs(b);
        return total > 0 ? (b - a) / total : 0;
    }

    /// <summary>
    /// The free place nearest the candidate's lean on the line between the sides: heights ±½ step, ±1 step, ... (the
    /// middle line itself is left to the sides' own tie), at each height the lean itself or up to two clearances either side,
    /// clear of every placed node.
    /// </summary>
    private static (double X, double Y) Free(double x, List<(double X, double Y)> placed)
    {
        for (var k = 1; ; k++)
        {
            var y = (k % 2 == 1 ? -1 : 1) * ((k + 1) / 2) * Step / 2;
            foreach (var dx in Offsets)
            {
                var cx = Math.Clamp(x + dx, -CandidateSpan - 60, CandidateSpan + 60);
                if (placed.All(p => ((p.X - cx) * (p.X - cx)) + ((p.Y - y) * (p.Y - y)) >= Clearance * Clearance))
                {
                    return (cx, y);
                }
            }
        }
    }

    /// <summary>A short summary for logs and tests: node and edge counts by role and tie.</summary>
    /// <returns>E.g. <c>22 nodes (1 + 1 sides, 20 candidates, 0 blocs), 31 edges</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Nodes.Count} nodes ({Nodes.Count(n => n.Role == PictureRole.SideA)} + {Nodes.Count(n => n.Role == PictureRole.SideB)} sides, {Nodes.Count(n => n.Role == PictureRole.Candidate)} candidates, {Nodes.Count(n => n.Role == PictureRole.Bloc)} blocs), {Edges.Count} edges");
}
