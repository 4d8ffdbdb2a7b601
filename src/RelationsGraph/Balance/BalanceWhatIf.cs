using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>
/// What-if analysis of balance: how the triangle census and the frustration index change when one tie is added,
/// removed or flips sign. Computes the graph's census and frustration once; each question then costs O(d(a) + d(b))
/// for the triangles (only triangles through the tie change) and, for frustration, nothing more when the old optimal
/// partition already reaches the new lower bound (index − the tie's cost, which no partition can beat), else a new
/// search on the changed graph. Walk balance has no such local update: recompute it with <see cref="WalkBalance"/>.
/// </summary>
public sealed class BalanceWhatIf
{
    private readonly SignedGraph graph;
    private readonly FrustrationOptions options;
    private readonly HashSet<string> sideB;
    private readonly CancellationToken cancellationToken;

    /// <summary>Computes the base census and frustration of an undirected graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="frustration">Frustration options (strength, method, seed) for the base and every question.</param>
    /// <param name="cancellationToken">Stops the searches.</param>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public BalanceWhatIf(SignedGraph graph, FrustrationOptions? frustration = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        options = frustration ?? new FrustrationOptions();
        this.cancellationToken = cancellationToken;
        Triangles = SignedTriangles.Count(graph, cancellationToken);
        Frustration = Balance.Frustration.Compute(graph, options, cancellationToken);
        sideB = Frustration.SideB.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The base triangle census.</summary>
    public SignedTriangles Triangles { get; }

    /// <summary>The base frustration.</summary>
    public FrustrationResult Frustration { get; }

    /// <summary>Adds a tie between two untied nodes.</summary>
    /// <param name="source">One end.</param>
    /// <param name="target">The other end.</param>
    /// <param name="weight">Its signed weight (not 0).</param>
    /// <returns>Before and after.</returns>
    /// <exception cref="ArgumentException">The pair is already tied, the ends are equal, or the weight is 0 or not finite.</exception>
    public BalanceDelta Add(string source, string target, double weight)
    {
        var (a, b) = Ends(source, target);
        if (graph.HasEdge(a, b))
        {
            throw new ArgumentException($"'{source}' and '{target}' are already tied; use FlipSign or Remove.", nameof(target));
        }

        if (weight == 0 || !double.IsFinite(weight))
        {
            throw new ArgumentException($"A new tie needs a finite non-zero weight, not {weight}.", nameof(weight));
        }

        return Evaluate(TieChange.Add, a, b, 0, weight);
    }

    /// <summary>Removes a tie.</summary>
    /// <param name="source">One end.</param>
    /// <param name="target">The other end.</param>
    /// <returns>Before and after.</returns>
    /// <exception cref="ArgumentException">The pair is not tied.</exception>
    public BalanceDelta Remove(string source, string target)
    {
        var (a, b) = Ends(source, target);
        return Evaluate(TieChange.Remove, a, b, Existing(a, b), 0);
    }

    /// <summary>Flips the sign of a tie.</summary>
    /// <param name="source">One end.</param>
    /// <param name="target">The other end.</param>
    /// <returns>Before and after.</returns>
    /// <exception cref="ArgumentException">The pair is not tied.</exception>
    public BalanceDelta FlipSign(string source, string target)
    {
        var (a, b) = Ends(source, target);
        var w = Existing(a, b);
        return Evaluate(TieChange.FlipSign, a, b, w, -w);
    }

    private (int A, int B) Ends(string source, string target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var a = graph.TryGetIndex(source, out var i) ? i : throw new ArgumentException($"No node has the id '{source}'.", nameof(source));
        var b = graph.TryGetIndex(target, out var j) ? j : throw new ArgumentException($"No node has the id '{target}'.", nameof(target));
        return a != b ? (a, b) : throw new ArgumentException("A tie joins two different nodes.", nameof(target));
    }

    private double Existing(int a, int b) =>
        graph.TryGetWeight(a, b, out var w) ? w : throw new ArgumentException($"'{graph.IdOf(a)}' and '{graph.IdOf(b)}' are not tied.", nameof(b));

    private double Cost(double w) => w == 0 ? 0 : options.Strength == TieStrength.Unit ? 1 : Math.Abs(w);

    private BalanceDelta Evaluate(TieChange change, int a, int b, double before, double after)
    {
        var census = LocalCensus(a, b, before, after);

        // Frustration: under the old partition the tie's cost goes from (frustrated before) to (frustrated after).
        var same = sideB.Contains(graph.IdOf(a)) == sideB.Contains(graph.IdOf(b));
        var costBefore = before != 0 && same == (before < 0) ? Cost(before) : 0;
        var costAfter = after != 0 && same == (after < 0) ? Cost(after) : 0;
        var index = Frustration.Index;
        var underOld = index - costBefore + costAfter;
        var lowerBound = index - Cost(before);
        var tolerance = 1e-12 * Math.Max(1, index);
        if (Frustration.IsExact && underOld <= lowerBound + tolerance)
        {
            var frustrated = Frustration.FrustratedEdges.Count - (costBefore > 0 ? 1 : 0) + (costAfter > 0 ? 1 : 0);
            return new BalanceDelta(change, graph.IdOf(a), graph.IdOf(b), Triangles.Graph, census, index, underOld, true, true, frustrated);
        }

        var changed = Balance.Frustration.Compute(Changed(a, b, after), options, cancellationToken);
        return new BalanceDelta(change, graph.IdOf(a), graph.IdOf(b), Triangles.Graph, census, index, changed.Index, changed.IsExact, false, changed.FrustratedEdges.Count);
    }

    /// <summary>The census after replacing the tie a–b of weight <paramref name="before"/> (0: none) by <paramref name="after"/> (0: none).</summary>
    private TriangleCensus LocalCensus(int a, int b, double before, double after)
    {
        var counts = new long[] { Triangles.Graph.AllPositive, Triangles.Graph.OneNegative, Triangles.Graph.TwoNegative, Triangles.Graph.AllNegative };
        var na = graph.OutNeighbors(a);
        var wa = graph.OutWeightsOf(a);
        var nb = graph.OutNeighbors(b);
        var wb = graph.OutWeightsOf(b);
        int i = 0, j = 0;
        while (i < na.Length && j < nb.Length)
        {
            if (na[i] < nb[j])
            {
                i++;
            }
            else if (na[i] > nb[j])
            {
                j++;
            }
            else
            {
                if (wa[i] != 0 && wb[j] != 0)
                {
                    var others = (wa[i] < 0 ? 1 : 0) + (wb[j] < 0 ? 1 : 0);
                    if (before != 0)
                    {
                        counts[others + (before < 0 ? 1 : 0)]--;
                    }

                    if (after != 0)
                    {
                        counts[others + (after < 0 ? 1 : 0)]++;
                    }
                }

                i++;
                j++;
            }
        }

        return new TriangleCensus(counts[0], counts[1], counts[2], counts[3]);
    }

    private SignedGraph Changed(int a, int b, double after)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        var edges = graph.Edges().Where(e => !(e.Source == lo && e.Target == hi)).Select(e => new SignedEdge(graph.IdOf(e.Source), graph.IdOf(e.Target), e.Weight));
        if (after != 0)
        {
            edges = edges.Append(new SignedEdge(graph.IdOf(lo), graph.IdOf(hi), after));
        }

        return SignedGraph.Create(graph.NodeIds, edges, isDirected: false);
    }
}
