using RelationsGraph.Graphs;

namespace RelationsGraph.Brokerage;

/// <summary>
/// Burt's structural-hole measures for every node, computed together (Burt 1992, <i>Structural Holes</i>; Burt 2004,
/// AJS 110): constraint, effective size, efficiency and hierarchy.
/// </summary>
/// <remarks>
/// <para>Tie strength a_ij is |w| or 1. Contacts of i are its neighbours in either direction; the mutual strength
/// m_ij = a_ij + a_ji, and p_ij = m_ij / Σ_k m_ik (networkx's <c>normalized_mutual_weight</c>; on undirected graphs
/// simply a_ij / Σ_k a_ik, as igraph).</para>
/// <list type="bullet">
/// <item>Local constraint c_ij = (p_ij + Σ_{q ≠ i, j} p_iq p_qj)²; constraint C_i = Σ_j c_ij (networkx <c>constraint</c>;
/// igraph <c>constraint</c> on undirected graphs).</item>
/// <item>Effective size Σ_j (1 − Σ_{q ≠ j} p_iq m_jq / max_k m_jk) (networkx <c>effective_size</c>; for unit
/// strengths n − 2t/n); efficiency = effective size / number of contacts.</item>
/// <item>Hierarchy H_i = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N), N contacts: 0 when the constraint is spread
/// evenly, 1 when one contact holds it all. No other library computes it (networkx issue #3467).</item>
/// </list>
/// <para>A node without contacts (or whose ties all have strength 0) has every measure undefined (NaN, as the
/// references); hierarchy is also undefined with a single contact (N ln N = 0). Cost: O(Σ_q d_q²), the number of
/// two-paths, not n²; memory O(n + m).</para>
/// </remarks>
internal static class StructuralHoles
{
    public sealed record Result(double[] Constraint, double[] EffectiveSize, double[] Efficiency, double[] Hierarchy);

    public static Result Compute(SignedGraph graph, StructuralHolesOptions options, CancellationToken cancellationToken)
    {
        var view = graph.View(options.Ties);
        var n = view.NodeCount;

        // Mutual strengths on the symmetric contact graph: the undirected sum of both arcs' strengths.
        var unit = options.Strength == TieStrength.Unit;
        var m = view.EdgeCount;
        var (src, dst, strength) = (new int[m], new int[m], new double[m]);
        var e = 0;
        foreach (var edge in view.Edges())
        {
            (src[e], dst[e], strength[e]) = (edge.Source, edge.Target, unit ? 1.0 : Math.Abs(edge.Weight));
            e++;
        }

        var contacts = SignedGraph.FromArcs(view.IdArray, view.IdIndex, directed: false, src, dst, strength, EdgeAggregation.Sum, out _);
        var offsets = contacts.OutOffsets;
        var targets = contacts.OutTargets;
        var strengths = contacts.OutWeights;

        var total = new double[n];
        var max = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                total[v] += strengths[k];
                max[v] = Math.Max(max[v], strengths[k]);
            }
        }

        var constraint = new double[n];
        var effective = new double[n];
        var efficiency = new double[n];
        var hierarchy = new double[n];
        var slot = new int[n];
        Array.Fill(slot, -1);
        var indirect = new double[n];
        var redundancy = new double[n];
        for (var i = 0; i < n; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var degree = offsets[i + 1] - offsets[i];
            if (degree == 0 || total[i] == 0)
            {
                constraint[i] = effective[i] = efficiency[i] = hierarchy[i] = double.NaN;
                continue;
            }

            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                slot[targets[k]] = k;
            }

            // Two-paths i–q–j with j also a contact of i.
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var q = targets[k];
                var piq = strengths[k] / total[i];
                if (total[q] == 0)
                {
                    continue;
                }

                for (var l = offsets[q]; l < offsets[q + 1]; l++)
                {
                    var j = targets[l];
                    if (j == i || slot[j] < 0)
                    {
                        continue;
                    }

                    indirect[j] += piq * strengths[l] / total[q];
                    if (max[j] > 0)
                    {
                        redundancy[j] += piq * strengths[l] / max[j];
                    }
                }
            }

            double c = 0, redundant = 0;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var j = targets[k];
                var local = (strengths[k] / total[i]) + indirect[j];
                c += local * local;
                redundant += redundancy[j];
            }

            double h = double.NaN;
            if (degree > 1 && c > 0)
            {
                double sum = 0;
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    var local = (strengths[k] / total[i]) + indirect[targets[k]];
                    var r = local * local / (c / degree);
                    sum += r > 0 ? r * Math.Log(r) : 0;
                }

                h = sum / (degree * Math.Log(degree));
            }

            constraint[i] = c;
            effective[i] = degree - redundant;
            efficiency[i] = effective[i] / degree;
            hierarchy[i] = h;

            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var j = targets[k];
                slot[j] = -1;
                indirect[j] = 0;
                redundancy[j] = 0;
            }
        }

        return new Result(constraint, effective, efficiency, hierarchy);
    }
}
