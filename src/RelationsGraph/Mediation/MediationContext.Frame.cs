using System.Collections;
using System.Collections.Immutable;
using RelationsGraph.Graphs;
using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

public sealed partial class MediationContext
{
    /// <summary>
    /// Everything of a mediation context that the relations' weights do not change: the candidates and nodes, the
    /// actor pairs with direct relations (positions of their relations), the fora, each candidate's pairs with each
    /// side, and the edge structure of the path graph. Built once per network, date and conflict; a sign-permuted
    /// network (same relations, other signs) only recomputes the channels, the edge weights and the criteria.
    /// </summary>
    internal sealed class Frame
    {
        private readonly Dictionary<string, int> candidateIndex;
        private readonly Dictionary<string, int> nodeIndex;

        // The path graph's edges, sorted by (u, v) with u < v: each has a forum weight (NaN: none) and a direct pair
        // (−1: none). Its weight in a context is the forum weight plus the direct pair's difference to it, added in
        // that order (the order in which SignedGraph sums parallel arcs), so the graph is the one built from arcs.
        private readonly int[] edgeU;
        private readonly int[] edgeV;
        private readonly double[] edgeFora;
        private readonly int[] edgeDirect;

        public Frame(RelationsNetwork network, Conflict conflict, ForaIndex fora, CancellationToken cancellationToken)
        {
            Network = network;
            Conflict = conflict;
            Fora = fora;
            var parties = conflict.SideA.Concat(conflict.SideB).ToHashSet(StringComparer.Ordinal);

            // Pairs are keyed by the actors' positions in the network (the same in every permuted network).
            var actors = network.Actors;
            var relations = network.Relations;
            var active = new bool[actors.Length];
            var byPair = new Dictionary<long, List<int>>();
            var keys = new List<long>();
            for (var i = 0; i < relations.Length; i++)
            {
                var r = relations[i];
                var u = network.IndexOf(r.Source);
                var v = network.IndexOf(r.Target);
                active[u] = true;
                active[v] = true;
                if (actors[u].Kind == ActorKind.Bloc || actors[v].Kind == ActorKind.Bloc)
                {
                    continue;
                }

                // A measure taken at the target's own request (attribute on_behalf_of naming it, e.g. sanctions on a
                // former government's officials) is not hostility between the two states.
                if (r.Attributes.Count > 0 && r.Attributes.TryGetValue("on_behalf_of", out var behalf) && behalf.Split(';').Contains(r.Target, StringComparer.Ordinal))
                {
                    continue;
                }

                var key = Pair(u, v);
                if (!byPair.TryGetValue(key, out var list))
                {
                    byPair[key] = list = [];
                    keys.Add(key);
                }

                list.Add(i);
            }

            PairKeys = [.. keys];
            PairId = new Dictionary<long, int>(keys.Count);
            PairStart = new int[keys.Count + 1];
            PairRelations = new int[keys.Sum(k => byPair[k].Count)];
            PairFora = new double[keys.Count];
            PairRegional = new bool[keys.Count];
            for (var p = 0; p < keys.Count; p++)
            {
                var list = byPair[keys[p]];
                PairId[keys[p]] = p;
                list.CopyTo(PairRelations, PairStart[p]);
                PairStart[p + 1] = PairStart[p] + list.Count;
                PairFora[p] = fora.ByIndex.GetValueOrDefault(keys[p]);
                PairRegional[p] = fora.RegionalTreatyByIndex.Contains(keys[p]);
            }

            Candidates = [.. actors.Where((a, i) => a.Kind != ActorKind.Bloc && !parties.Contains(a.Id) && active[i]).Select(a => a.Id)];
            candidateIndex = new Dictionary<string, int>(Candidates.Length, StringComparer.Ordinal);
            for (var c = 0; c < Candidates.Length; c++)
            {
                candidateIndex[Candidates[c]] = c;
            }

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

            Nodes = [.. nodeList];
            nodeIndex = SignedGraph.BuildIndex(Nodes);
            GraphSideA = [.. conflict.SideA.Where(nodeIndex.ContainsKey)];
            GraphSideB = [.. conflict.SideB.Where(nodeIndex.ContainsKey)];

            // The edge structure: every fora pair (the fora index's shared arrays), then each direct pair inside the
            // graph, merged per (u, v).
            var (foraSources, foraTargets, foraWeights) = fora.EdgeArrays(Nodes, nodeIndex);
            var arcs = new List<(int U, int V, double Fora, int Direct)>(foraSources.Length + keys.Count);
            for (var e = 0; e < foraSources.Length; e++)
            {
                arcs.Add((Math.Min(foraSources[e], foraTargets[e]), Math.Max(foraSources[e], foraTargets[e]), foraWeights[e], -1));
            }

            for (var p = 0; p < keys.Count; p++)
            {
                var u = nodeOf[(int)(keys[p] >> 32)];
                var v = nodeOf[(int)(keys[p] & 0xFFFFFFFF)];
                if (u >= 0 && v >= 0)
                {
                    arcs.Add((Math.Min(u, v), Math.Max(u, v), double.NaN, p));
                }
            }

            // Stable: a pair's forum arc stays before its direct arc.
            var sorted = arcs.Select((a, i) => (a, i)).OrderBy(x => x.a.U).ThenBy(x => x.a.V).ThenBy(x => x.i).Select(x => x.a).ToList();
            var eu = new List<int>(sorted.Count);
            var ev = new List<int>(sorted.Count);
            var ef = new List<double>(sorted.Count);
            var ed = new List<int>(sorted.Count);
            foreach (var (u, v, f, d) in sorted)
            {
                if (eu.Count > 0 && eu[^1] == u && ev[^1] == v)
                {
                    if (d >= 0)
                    {
                        ed[^1] = d;
                    }
                    else
                    {
                        throw new InvalidOperationException($"Two forum arcs for one pair ({Nodes[u]}, {Nodes[v]}).");
                    }

                    continue;
                }

                eu.Add(u);
                ev.Add(v);
                ef.Add(d >= 0 ? double.NaN : f);
                ed.Add(d);
            }

            edgeU = [.. eu];
            edgeV = [.. ev];
            edgeFora = [.. ef];
            edgeDirect = [.. ed];

            SidesOf = new (SideFrame, SideFrame)[Candidates.Length];
            for (var c = 0; c < Candidates.Length; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SidesOf[c] = (SideOf(Candidates[c], conflict.SideA), SideOf(Candidates[c], conflict.SideB));
            }
        }

        public RelationsNetwork Network { get; }

        public Conflict Conflict { get; }

        public ForaIndex Fora { get; }

        public string[] Candidates { get; }

        public string[] Nodes { get; }

        public string[] GraphSideA { get; }

        public string[] GraphSideB { get; }

        /// <summary>The pairs with direct relations, in the order of their first relation.</summary>
        public long[] PairKeys { get; }

        public Dictionary<long, int> PairId { get; }

        /// <summary>Pair p's relations are <c>PairRelations[PairStart[p]..PairStart[p + 1]]</c>, in network order.</summary>
        public int[] PairStart { get; }

        public int[] PairRelations { get; }

        /// <summary>Each pair's co-membership strength (0: no shared forum).</summary>
        public double[] PairFora { get; }

        public bool[] PairRegional { get; }

        public (SideFrame A, SideFrame B)[] SidesOf { get; }

        public int CandidateIndex(string candidate) =>
            candidateIndex.TryGetValue(candidate, out var c) ? c : throw new KeyNotFoundException($"'{candidate}' is not a candidate.");

        /// <summary>The path graph of a context: hostility dominates; friendly strength from every channel.</summary>
        public SignedGraph BuildGraph(MediationContext context)
        {
            var us = new List<int>(edgeU.Length);
            var vs = new List<int>(edgeU.Length);
            var ws = new List<double>(edgeU.Length);
            for (var e = 0; e < edgeU.Length; e++)
            {
                var p = edgeDirect[e];
                var f = edgeFora[e];
                double w;
                if (p < 0)
                {
                    w = f;
                }
                else
                {
                    var direct = context.hostile[p] ? -Math.Max(1e-9, context.channels[p].Hostility) - PairFora[p] : context.friendly[p] - PairFora[p];
                    if (direct == 0)
                    {
                        if (double.IsNaN(f))
                        {
                            continue;
                        }

                        w = f;
                    }
                    else
                    {
                        w = double.IsNaN(f) ? direct : f + direct;
                    }
                }

                us.Add(edgeU[e]);
                vs.Add(edgeV[e]);
                ws.Add(w);
            }

            return SignedGraph.FromCanonicalEdges(Nodes, nodeIndex, false, us, vs, ws);
        }

        private SideFrame SideOf(string candidate, IReadOnlyList<string> side)
        {
            var pairs = new List<int>();
            var indices = new List<int>();
            var shared = new Dictionary<string, double>(StringComparer.Ordinal);
            double? ideal = null;
            var own = NumberOf(Network, candidate, "idealpoint");
            foreach (var m in side)
            {
                foreach (var f in Fora.Shared(candidate, m))
                {
                    shared[f.Bloc] = Math.Max(shared.GetValueOrDefault(f.Bloc), f.Strength);
                }

                var theirs = NumberOf(Network, m, "idealpoint");
                if (!double.IsNaN(own) && !double.IsNaN(theirs))
                {
                    var d = Math.Abs(own - theirs);
                    ideal = ideal is null ? d : Math.Min(ideal.Value, d);
                }

                if (PairId.TryGetValue(Pair(Network.IndexOf(candidate), Network.IndexOf(m)), out var p))
                {
                    pairs.Add(p);
                    indices.AddRange(PairRelations.AsSpan(PairStart[p], PairStart[p + 1] - PairStart[p]));
                }
            }

            var sharedFora = shared.Select(kv => new SharedForum(kv.Key, kv.Value))
                .OrderByDescending(f => f.Strength).ThenBy(f => f.Bloc, StringComparer.Ordinal).ToList();
            return new SideFrame([.. pairs], [.. indices], sharedFora, 1 - sharedFora.Aggregate(1.0, (m, f) => m * (1 - f.Strength)), ideal);
        }

        /// <summary>A candidate's weight-independent ties with one side.</summary>
        /// <param name="Pairs">Its direct pairs with the side's members, in side order.</param>
        /// <param name="RelationIndices">Their relations' positions, in the same order.</param>
        /// <param name="SharedFora">The fora shared with any member (strongest first).</param>
        /// <param name="Fora">Their combined strength 1 − Π(1 − strength).</param>
        /// <param name="IdealPointDistance">The smallest ideal-point distance to a member, if known.</param>
        internal sealed record SideFrame(int[] Pairs, int[] RelationIndices, IReadOnlyList<SharedForum> SharedFora, double Fora, double? IdealPointDistance)
        {
            private IReadOnlyList<Relation>? relations;

            public IReadOnlyList<Relation> Relations(ImmutableArray<Relation> all) => relations ??= [.. RelationIndices.Select(i => all[i])];
        }
    }

    /// <summary>A candidate's relations with a side in a reweighted network, made on first access.</summary>
    private sealed class ReweightedRelations(ImmutableArray<Relation> all, int[] indices, double[] weights) : IReadOnlyList<Relation>
    {
        private Relation[]? items;

        public int Count => indices.Length;

        public Relation this[int index] => Items[index];

        private Relation[] Items => items ??= [.. indices.Select(i => all[i].Weight == weights[i] ? all[i] : all[i] with { Weight = weights[i] })];

        public IEnumerator<Relation> GetEnumerator() => ((IEnumerable<Relation>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
