using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Common;

namespace RelationsGraph.Balance;

/// <summary>
/// The frustration index (line index of balance; Harary 1959, Aref &amp; Wilson 2018): the minimum over bipartitions of
/// the positive ties across plus the negative ties within the sides — counted, or weighted by |w|. Components are
/// solved independently. Exact by branch and bound (nodes in breadth-first order, the component's first node fixed on
/// side A, lower bound = cost so far + Σ over unassigned nodes of the cheaper side given the assigned neighbours,
/// started from the local search's bound); large components by a seeded multi-start local search (single-node flips
/// from a sign-propagating start and random starts, then perturbations), which reports its best bound as not proven.
/// Ties of weight 0 cost nothing either way.
/// </summary>
public static class Frustration
{
    /// <summary>Computes the frustration index.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (default: counted ties, exact where small).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The index, a partition attaining it and the frustrated ties.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public static FrustrationResult Compute(SignedGraph graph, FrustrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Compute(graph, options, progress: null, cancellationToken);

    /// <summary>Computes the frustration index, telling <paramref name="progress"/> the nodes solved after each component.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (default: counted ties, exact where small).</param>
    /// <param name="progress">Told the nodes of the components solved so far, of all nodes.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The index, a partition attaining it and the frustrated ties.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public static FrustrationResult Compute(SignedGraph graph, FrustrationOptions? options, IProgress<MetricProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new FrustrationOptions();
        SignedTriangles.RequireUndirected(graph, "The frustration index");
        ArgumentOutOfRangeException.ThrowIfNegative(options.Restarts, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Perturbations ?? 0, nameof(options));
        var search = new Search(graph, options, cancellationToken);
        var labels = Components.Labels(graph);
        var members = new List<int>[labels.Length == 0 ? 0 : labels.Max() + 1];
        for (var v = 0; v < labels.Length; v++)
        {
            (members[labels[v]] ??= []).Add(v);
        }

        var exact = true;
        var heuristicComponents = 0;
        long solved = 0;
        progress?.Report(new MetricProgress(0, graph.NodeCount));
        foreach (var component in members)
        {
            var solvedExactly = search.Solve(component);
            exact &= solvedExactly;
            heuristicComponents += solvedExactly ? 0 : 1;
            solved += component.Count;
            progress?.Report(new MetricProgress(solved, graph.NodeCount));
        }

        return search.Result(exact, heuristicComponents);
    }

    /// <summary>The search state over the whole graph; components are solved one after another into <see cref="side"/>.</summary>
    private sealed class Search
    {
        private readonly SignedGraph graph;
        private readonly FrustrationOptions options;
        private readonly CancellationToken cancellationToken;
        private readonly int[] offsets;
        private readonly int[] targets;
        private readonly double[] cost;      // |w| (or 1) per slot, 0 for weight 0
        private readonly bool[] negative;    // per slot
        private readonly byte[] side;
        private readonly byte[] best;
        private readonly double scale;
        private long visited;
        private readonly Queue<int> queue = new();
        private readonly List<int> flips = [];
        private readonly bool[] inQueue;
        private readonly double[] gain;
        private int[]? position;
        private double[]? c0;
        private double[]? c1;

        public Search(SignedGraph graph, FrustrationOptions options, CancellationToken cancellationToken)
        {
            this.graph = graph;
            this.options = options;
            this.cancellationToken = cancellationToken;
            offsets = graph.OutOffsets;
            targets = graph.OutTargets;
            var weights = graph.OutWeights;
            cost = new double[targets.Length];
            negative = new bool[targets.Length];
            double total = 0;
            for (var k = 0; k < cost.Length; k++)
            {
                cost[k] = weights[k] == 0 ? 0 : options.Strength == TieStrength.Unit ? 1 : Math.Abs(weights[k]);
                negative[k] = weights[k] < 0;
                total += cost[k];
            }

            scale = Math.Max(1, total);
            side = new byte[graph.NodeCount];
            best = new byte[graph.NodeCount];
            inQueue = new bool[graph.NodeCount];
            gain = new double[graph.NodeCount];
        }

        private double Tolerance => options.Strength == TieStrength.Unit ? 0.5 : 1e-12 * scale;

        /// <summary>Solves one component into <see cref="side"/>; true when exactly.</summary>
        public bool Solve(List<int> component)
        {
            var order = BreadthFirst(component);
            var bound = LocalSearch(order);
            var exact = options.Method == FrustrationMethod.Exact
                || (options.Method == FrustrationMethod.Auto && order.Length <= options.ExactMaxNodes);
            if (exact && order.Length > 1)
            {
                BranchAndBound(order, bound);
            }

            // The component's first node (lowest index) on side A.
            var first = component[0];
            if (side[first] == 1)
            {
                foreach (var v in component)
                {
                    side[v] ^= 1;
                }
            }

            return exact || order.Length <= 1;
        }

        public FrustrationResult Result(bool exact, int heuristicComponents)
        {
            var n = graph.NodeCount;
            var perNode = new double[n];
            var frustrated = new List<SignedEdge>();
            double index = 0;
            foreach (var e in graph.Edges())
            {
                if (e.Weight == 0 || (e.Weight < 0) == (side[e.Source] != side[e.Target]))
                {
                    continue;
                }

                var c = options.Strength == TieStrength.Unit ? 1 : Math.Abs(e.Weight);
                index += c;
                perNode[e.Source] += c / 2;
                perNode[e.Target] += c / 2;
                frustrated.Add(new SignedEdge(graph.IdOf(e.Source), graph.IdOf(e.Target), e.Weight));
            }

            var a = new List<string>();
            var b = new List<string>();
            for (var v = 0; v < n; v++)
            {
                (side[v] == 0 ? a : b).Add(graph.IdOf(v));
            }

            var notes = new List<string>();
            if (!exact)
            {
                notes.Add($"frustration: {heuristicComponents} component(s) solved by local search ({options.Restarts} starts, seed {options.Seed}): the index is an upper bound, not proven minimal");
            }

            var scores = new NodeScores(FrustrationContribution.MetricName, options, graph.NodeIds, perNode) { Notes = notes };
            return new FrustrationResult(options, index, exact, a, b, frustrated, scores, notes);
        }

        private int[] BreadthFirst(List<int> component)
        {
            var order = new int[component.Count];
            var seen = new HashSet<int> { component[0] };
            order[0] = component[0];
            int head = 0, tail = 1;
            while (head < tail)
            {
                var u = order[head++];
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    if (seen.Add(targets[k]))
                    {
                        order[tail++] = targets[k];
                    }
                }
            }

            return order;
        }

        // ---------------------------------------------------------------- local search

        /// <summary>Cost of the ties at v if v were on side <paramref name="s"/>, given the current sides of its neighbours.</summary>
        private double CostAt(int v, int s)
        {
            double c = 0;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var same = side[targets[k]] == s;
                if (same == negative[k])
                {
                    c += cost[k];
                }
            }

            return c;
        }

        private double ComponentCost(int[] order)
        {
            double c = 0;
            foreach (var v in order)
            {
                c += CostAt(v, side[v]);
            }

            return c / 2;
        }

        private double LocalSearch(int[] order)
        {
            if (order.Length <= 1)
            {
                if (order.Length == 1)
                {
                    side[order[0]] = 0;
                }

                return 0;
            }

            var bestCost = double.PositiveInfinity;
            var starts = Math.Max(1, options.Restarts);
            for (var r = 0; r < starts; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rng = new SplitMix64(((ulong)(uint)options.Seed << 32) ^ (ulong)r ^ 0xA0761D6478BD642FUL);
                if (r == 0)
                {
                    Propagate(order);
                }
                else
                {
                    foreach (var v in order)
                    {
                        side[v] = (byte)(rng.NextUInt64() & 1);
                    }
                }

                var current = ComponentCost(order);
                foreach (var v in order)
                {
                    gain[v] = CostAt(v, side[v] ^ 1) - CostAt(v, side[v]);
                    Enqueue(v);
                }

                current = Descend(current);
                flips.Clear();
                Keep(order, current, ref bestCost);
                var perturbations = options.Perturbations ?? Math.Max(1_000, 5 * order.Length);
                for (var p = 0; p < perturbations; p++)
                {
                    if ((p & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    // Flip a random node and a few of its neighbours (each with probability min(1/2, 4/degree), so
                    // the kick stays local at hubs); descend; keep unless worse, else undo the logged flips.
                    var before = current;
                    var pivot = order[rng.Next(order.Length)];
                    current = Flip(pivot, current);
                    var degree = offsets[pivot + 1] - offsets[pivot];
                    var chance = Math.Min(0.5, 4.0 / Math.Max(1, degree));
                    for (var k = offsets[pivot]; k < offsets[pivot + 1]; k++)
                    {
                        if (rng.NextDouble() < chance)
                        {
                            current = Flip(targets[k], current);
                        }
                    }

                    current = Descend(current);
                    if (current <= before + (Tolerance / 2))
                    {
                        Keep(order, current, ref bestCost);
                    }
                    else
                    {
                        for (var i = flips.Count - 1; i >= 0; i--)
                        {
                            Toggle(flips[i]);
                        }

                        current = before;
                    }

                    flips.Clear();
                }
            }

            foreach (var v in order)
            {
                side[v] = best[v];
            }

            return bestCost;
        }

        /// <summary>Flips v, logs it, queues its neighbours, and returns the new cost.</summary>
        private double Flip(int v, double current)
        {
            current += gain[v];
            Toggle(v);
            flips.Add(v);
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                Enqueue(targets[k]);
            }

            return current;
        }

        /// <summary>
        /// Moves v to the other side and keeps every gain (cost change if that node flipped) exact: each tie at v
        /// switches between frustrated and satisfied, which moves the neighbour's gain by twice the tie's cost.
        /// </summary>
        private void Toggle(int v)
        {
            side[v] ^= 1;
            gain[v] = -gain[v];
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var u = targets[k];
                var frustratedNow = (side[v] == side[u]) == negative[k];
                gain[u] += frustratedNow ? -2 * cost[k] : 2 * cost[k];
            }
        }

        private void Enqueue(int v)
        {
            if (!inQueue[v])
            {
                inQueue[v] = true;
                queue.Enqueue(v);
            }
        }

        /// <summary>Flips queued nodes while that lowers the cost; only neighbours of a flip are re-examined.</summary>
        private double Descend(double current)
        {
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                inQueue[v] = false;
                if (gain[v] < -(Tolerance / 2))
                {
                    current = Flip(v, current);
                }
            }

            return current;
        }

        private void Keep(int[] order, double current, ref double bestCost)
        {
            if (current < bestCost - (Tolerance / 2))
            {
                bestCost = current;
                foreach (var v in order)
                {
                    best[v] = side[v];
                }
            }
        }

        /// <summary>Sides that make every tie of a spanning tree satisfied: exact for a balanced component.</summary>
        private void Propagate(int[] order)
        {
            var placed = new HashSet<int> { order[0] };
            side[order[0]] = 0;
            foreach (var u in order)
            {
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    var v = targets[k];
                    if (placed.Add(v))
                    {
                        side[v] = (byte)(negative[k] ? side[u] ^ 1 : side[u]);
                    }
                }
            }
        }

        // ---------------------------------------------------------------- branch and bound

        private void BranchAndBound(int[] order, double upper)
        {
            // Shared over components: positions (−1 outside the component being solved) and, per node, the cost of
            // its ties to assigned neighbours if it goes to side 0 / side 1. Reset after each component.
            var n = graph.NodeCount;
            if (position is null)
            {
                position = new int[n];
                Array.Fill(position, -1);
                c0 = new double[n];
                c1 = new double[n];
            }

            for (var i = 0; i < order.Length; i++)
            {
                position[order[i]] = i;
            }

            var state = new BranchState { Best = upper, Position = position, C0 = c0!, C1 = c1!, Order = order };
            foreach (var v in order)
            {
                best[v] = side[v];
            }

            Branch(state);
            foreach (var v in order)
            {
                side[v] = best[v];
                position[v] = -1;
                c0![v] = 0;
                c1![v] = 0;
            }
        }

        private sealed class BranchState
        {
            public double Best { get; set; }

            public int[] Position { get; init; } = [];

            public double[] C0 { get; init; } = [];

            public double[] C1 { get; init; } = [];

            public int[] Order { get; init; } = [];
        }

        /// <summary>
        /// The depth-first search over order[0..], with an explicit stack of frames (one per depth, so a path of any
        /// length runs in O(n) memory and never overflows the call stack). A frame assigns order[depth]: it tries the
        /// cheaper side first (the first node only side 0), prunes a side whose cost plus the lower bound reaches the
        /// best found, and otherwise descends; <c>sumMin</c> is Σ min(c0, c1) over the unassigned nodes.
        /// </summary>
        private void Branch(BranchState s)
        {
            var order = s.Order;
            var n = order.Length;
            var frameCurrent = new double[n + 1];
            var frameBaseMin = new double[n + 1];
            var frameFirst = new byte[n + 1];
            var frameAttempt = new byte[n + 1];
            var frameApplied = new sbyte[n + 1];
            var c0 = s.C0;
            var c1 = s.C1;

            var depth = 0;
            Enter(0, 0, 0);
            while (depth >= 0)
            {
                if (depth == n)
                {
                    depth--;
                    continue;
                }

                var node = order[depth];
                if (frameApplied[depth] >= 0)
                {
                    Undo(node, depth, frameApplied[depth]);
                    frameApplied[depth] = -1;
                }

                var descended = false;
                var attempts = depth == 0 ? 1 : 2;
                while (frameAttempt[depth] < attempts)
                {
                    var sd = frameAttempt[depth] == 0 ? frameFirst[depth] : frameFirst[depth] ^ 1;
                    frameAttempt[depth]++;
                    var current = frameCurrent[depth];
                    var baseMin = frameBaseMin[depth];
                    var added = sd == 0 ? c0[node] : c1[node];
                    if (current + added + baseMin >= s.Best - (Tolerance / 2))
                    {
                        continue;
                    }

                    side[node] = (byte)sd;
                    var min = baseMin;
                    for (var k = offsets[node]; k < offsets[node + 1]; k++)
                    {
                        var u = targets[k];
                        if (s.Position[u] <= depth)
                        {
                            continue;
                        }

                        var before = Math.Min(c0[u], c1[u]);

                        // u on node's side: frustrated iff the tie is negative; on the other side iff positive.
                        if ((sd == 0) == negative[k])
                        {
                            c0[u] += cost[k];
                        }
                        else
                        {
                            c1[u] += cost[k];
                        }

                        min += Math.Min(c0[u], c1[u]) - before;
                    }

                    if (current + added + min < s.Best - (Tolerance / 2))
                    {
                        frameApplied[depth] = (sbyte)sd;
                        depth++;
                        Enter(depth, current + added, min);
                        descended = true;
                        break;
                    }

                    Undo(node, depth, sd);
                }

                if (!descended)
                {
                    depth--;
                }
            }

            // Counts the frame, checks for cancellation, records a complete assignment, and prepares the frame's
            // first attempt.
            void Enter(int d, double current, double sumMin)
            {
                if ((++visited & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                frameCurrent[d] = current;
                frameApplied[d] = -1;
                frameAttempt[d] = 0;
                if (d == n)
                {
                    if (current < s.Best - (Tolerance / 2))
                    {
                        s.Best = current;
                        foreach (var v in order)
                        {
                            best[v] = side[v];
                        }
                    }

                    return;
                }

                var node = order[d];
                frameBaseMin[d] = sumMin - Math.Min(c0[node], c1[node]);

                // The first node is fixed on side 0; otherwise try the cheaper side first.
                frameFirst[d] = (byte)(d == 0 ? 0 : (c1[node] < c0[node] ? 1 : 0));
            }

            // Takes back what assigning node to side sd added to its later neighbours' costs.
            void Undo(int node, int d, int sd)
            {
                for (var k = offsets[node]; k < offsets[node + 1]; k++)
                {
                    var u = targets[k];
                    if (s.Position[u] <= d)
                    {
                        continue;
                    }

                    if ((sd == 0) == negative[k])
                    {
                        c0[u] -= cost[k];
                    }
                    else
                    {
                        c1[u] -= cost[k];
                    }
                }
            }
        }
    }
}
