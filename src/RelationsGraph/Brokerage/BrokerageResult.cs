using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>
/// Every brokerage role's figures for every node, every group and the graph. Immutable. Nodes are in graph
/// order; groups in ordinal order of their labels.
/// </summary>
public sealed class BrokerageResult
{
    private const int Roles = 6;
    private readonly string[] ids;
    private readonly IReadOnlyList<string> idList;
    private readonly string[] groupLabels;
    private readonly BrokerageFigures figures;
    private readonly Dictionary<string, int> nodeIndex;
    private readonly Dictionary<string, int> groupIndex;

    internal BrokerageResult(string metric, BrokerageOptions options, SignedGraph source, string[] groupLabels, BrokerageFigures figures, IReadOnlyList<string> notes)
    {
        Metric = metric;
        Options = options;
        ids = source.IdArray;
        idList = source.NodeIds;
        nodeIndex = source.IdIndex;
        this.groupLabels = groupLabels;
        this.figures = figures;
        Notes = notes;
        groupIndex = new Dictionary<string, int>(groupLabels.Length, StringComparer.Ordinal);
        for (var g = 0; g < groupLabels.Length; g++)
        {
            groupIndex[groupLabels[g]] = g;
        }
    }

    /// <summary>The metric's name.</summary>
    public string Metric { get; }

    /// <summary>The options it ran with.</summary>
    public BrokerageOptions Options { get; }

    /// <summary>The node ids, in graph order.</summary>
    public IReadOnlyList<string> Ids => idList;

    /// <summary>The labels of the groups present in the graph, in ordinal order.</summary>
    public IReadOnlyList<string> GroupLabels => groupLabels;

    /// <summary>The number of sign permutations behind the null model (0 for Gould–Fernandez's analytic model).</summary>
    public int Permutations => figures.Permutations;

    /// <summary>Whether the figures carry empirical p-values (signed brokerage with permutations).</summary>
    public bool HasPValues => Permutations > 0;

    /// <summary>Remarks on the computation (e.g. undefined z-scores), for the user.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A node's figures for one role.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="role">The role.</param>
    public BrokerageScore this[string id, BrokerageRole role] => Node(IndexOf(id), role);

    /// <summary>A node's figures for one role, by node index.</summary>
    /// <param name="node">The node index (graph order).</param>
    /// <param name="role">The role.</param>
    /// <returns>The figures.</returns>
    public BrokerageScore Node(int node, BrokerageRole role)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, ids.Length);
        return figures.Node(node, Role(role));
    }

    /// <summary>The group of a node.</summary>
    /// <param name="id">The node id.</param>
    /// <returns>Its group label.</returns>
    public string GroupOf(string id) => groupLabels[figures.GroupOfNode[IndexOf(id)]];

    /// <summary>The graph's figures for one role (R sna <c>*.gli</c>: the sum over nodes and its null moments).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The figures.</returns>
    public BrokerageScore Graph(BrokerageRole role) => figures.Graph(Role(role));

    /// <summary>A group's figures for one role.</summary>
    /// <param name="label">The group label.</param>
    /// <param name="role">The role.</param>
    /// <returns>The figures.</returns>
    public BrokerageGroupScore Group(string label, BrokerageRole role) =>
        groupIndex.TryGetValue(label, out var g) ? figures.Group(g, Role(role)) : throw new KeyNotFoundException($"No group '{label}' in the graph.");

    /// <summary>One role's figure for every node, as node scores (to rank, or to use where a node metric is expected).</summary>
    /// <param name="role">The role.</param>
    /// <param name="statistic">The figure.</param>
    /// <returns>The scores.</returns>
    public NodeScores ToNodeScores(BrokerageRole role = BrokerageRole.Total, BrokerageStatistic statistic = BrokerageStatistic.Raw)
    {
        var values = new double[ids.Length];
        var r = Role(role);
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = figures.Node(v, r).Get(statistic);
        }

        return new NodeScores(Metric, Options with { Role = role, Statistic = statistic }, idList, values) { Notes = Notes };
    }

    private static int Role(BrokerageRole role) =>
        role is >= BrokerageRole.Coordinator and <= BrokerageRole.Total ? (int)role : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");

    private int IndexOf(string id) => nodeIndex.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No node has the id '{id}'.");
}
