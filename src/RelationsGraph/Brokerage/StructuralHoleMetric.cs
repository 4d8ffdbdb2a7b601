using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>
/// The common shape of Burt's measures (<see cref="Constraint"/>, <see cref="EffectiveSize"/>, <see cref="Efficiency"/>,
/// <see cref="Hierarchy"/>): one pass over the two-paths computes all four; each metric reports one of them.
/// </summary>
/// <remarks>Burt (1992), <i>Structural Holes</i>; definitions and conventions in <c>docs/metrics.md</c>. Undefined values
/// (a node without contacts; hierarchy with one contact) are NaN. Cost: the number of two-paths.</remarks>
public abstract class StructuralHoleMetric : NodeMetric<StructuralHolesOptions>
{
    private protected StructuralHoleMetric(string name, StructuralHolesOptions? options)
        : base(name, options ?? new StructuralHolesOptions())
    {
    }

    /// <inheritdoc/>
    protected sealed override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = Select(StructuralHoles.Compute(graph, Options, cancellationToken));
        var undefined = result.Count(double.IsNaN);
        if (undefined > 0)
        {
            var why = Name == Hierarchy.MetricName ? "no contacts or a single contact" : "no contacts (or only ties of strength 0)";
            notes.Add($"{Name}: {undefined} node(s) have no value (NaN): {why}");
        }

        progress?.Report(new MetricProgress(result.Length, result.Length));
        return result;
    }

    private protected abstract double[] Select(StructuralHoles.Result result);
}
