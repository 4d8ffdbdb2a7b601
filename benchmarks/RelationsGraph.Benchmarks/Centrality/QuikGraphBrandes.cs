using QuikGraph;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>
/// The baseline: Brandes' betweenness written the straightforward way over QuikGraph's undirected graph API
/// (AdjacentEdges, a Queue or PriorityQueue, predecessor lists), as a .NET user without RelationsGraph would.
/// </summary>
public static class QuikGraphBrandes
{
    public static double[] Compute(UndirectedGraph<int, TaggedEdge<int, double>> graph, bool weighted)
    {
        var n = graph.VertexCount;
        var result = new double[n];
        var sigma = new double[n];
        var dist = new double[n];
        var delta = new double[n];
        var preds = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            preds[i] = [];
        }

        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            for (var i = 0; i < n; i++)
            {
                preds[i].Clear();
                sigma[i] = 0;
                dist[i] = double.PositiveInfinity;
                delta[i] = 0;
            }

            sigma[s] = 1;
            dist[s] = 0;
            if (weighted)
            {
                var queue = new PriorityQueue<int, double>();
                var done = new bool[n];
                queue.Enqueue(s, 0);
                while (queue.TryDequeue(out var v, out var d))
                {
                    if (done[v] || d > dist[v])
                    {
                        continue;
                    }

                    done[v] = true;
                    stack.Push(v);
                    foreach (var e in graph.AdjacentEdges(v))
                    {
                        var w = e.GetOtherVertex(v);
                        var nd = d + Math.Abs(e.Tag);
                        if (nd < dist[w] - 1e-12)
                        {
                            dist[w] = nd;
                            sigma[w] = sigma[v];
                            preds[w].Clear();
                            preds[w].Add(v);
                            queue.Enqueue(w, nd);
                        }
                        else if (Math.Abs(nd - dist[w]) <= 1e-12)
                        {
                            sigma[w] += sigma[v];
                            preds[w].Add(v);
                        }
                    }
                }
            }
            else
            {
                var queue = new Queue<int>();
                queue.Enqueue(s);
                while (queue.TryDequeue(out var v))
                {
                    stack.Push(v);
                    foreach (var e in graph.AdjacentEdges(v))
                    {
                        var w = e.GetOtherVertex(v);
                        if (double.IsPositiveInfinity(dist[w]))
                        {
                            dist[w] = dist[v] + 1;
                            queue.Enqueue(w);
                        }

                        if (dist[w] == dist[v] + 1)
                        {
                            sigma[w] += sigma[v];
                            preds[w].Add(v);
                        }
                    }
                }
            }

            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in preds[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }

                if (w != s)
                {
                    result[w] += delta[w] / 2;
                }
            }
        }

        return result;
    }
}
