namespace RelationsGraph.Brokerage;

/// <summary>
/// The figures behind a <see cref="BrokerageResult"/>: raw counts for (n + g + 1) × 6 entries — nodes, then groups,
/// then the graph — and the null model's moments, computed on access so a result costs O(n) longs, not O(n) records.
/// </summary>
internal abstract class BrokerageFigures(long[] raw, int[] groupOfNode, int[] groupSizes)
{
    public const int Roles = 6;

    public long[] Raw { get; } = raw;

    public int[] GroupOfNode { get; } = groupOfNode;

    public int[] GroupSizes { get; } = groupSizes;

    public int NodeCount => GroupOfNode.Length;

    public int GroupCount => GroupSizes.Length;

    public abstract int Permutations { get; }

    public abstract BrokerageScore Node(int node, int role);

    public abstract BrokerageGroupScore Group(int group, int role);

    public abstract BrokerageScore Graph(int role);

    protected static double Z(double raw, double expected, double sd) => sd > 0 ? (raw - expected) / sd : double.NaN;

    protected double RawAt(int entry) => Raw[entry];

    protected int GroupEntry(int group, int role) => ((NodeCount + group) * Roles) + role;

    protected int GraphEntry(int role) => ((NodeCount + GroupCount) * Roles) + role;

    /// <summary>Gould–Fernandez: one member's expectation and sd per group and role, and the graph's.</summary>
    internal sealed class Analytic(long[] raw, int[] groupOfNode, int[] groupSizes, double[] memberExpected, double[] memberSd, double[] graphExpected, double[] graphSd)
        : BrokerageFigures(raw, groupOfNode, groupSizes)
    {
        public override int Permutations => 0;

        public override BrokerageScore Node(int node, int role)
        {
            var m = (GroupOfNode[node] * Roles) + role;
            double x = RawAt((node * Roles) + role);
            return new BrokerageScore(x, memberExpected[m], memberSd[m], Z(x, memberExpected[m], memberSd[m]), double.NaN);
        }

        public override BrokerageGroupScore Group(int group, int role)
        {
            var m = (group * Roles) + role;
            var total = new BrokerageScore(RawAt(GroupEntry(group, role)), GroupSizes[group] * memberExpected[m], double.NaN, double.NaN, double.NaN);
            return new BrokerageGroupScore(GroupSizes[group], total, memberExpected[m], memberSd[m]);
        }

        public override BrokerageScore Graph(int role)
        {
            double x = RawAt(GraphEntry(role));
            return new BrokerageScore(x, graphExpected[role], graphSd[role], Z(x, graphExpected[role], graphSd[role]), double.NaN);
        }
    }

    /// <summary>A permutation null: mean, sd and p-value per entry (NaN without permutations).</summary>
    internal sealed class Permutation(long[] raw, int[] groupOfNode, int[] groupSizes, int permutations, double[] mean, double[] sd, double[] p)
        : BrokerageFigures(raw, groupOfNode, groupSizes)
    {
        public override int Permutations => permutations;

        public override BrokerageScore Node(int node, int role) => At((node * Roles) + role);

        public override BrokerageGroupScore Group(int group, int role)
        {
            var total = At(GroupEntry(group, role));
            return new BrokerageGroupScore(GroupSizes[group], total, total.Expected / GroupSizes[group], double.NaN);
        }

        public override BrokerageScore Graph(int role) => At(GraphEntry(role));

        private BrokerageScore At(int entry)
        {
            if (permutations == 0)
            {
                return new BrokerageScore(RawAt(entry), double.NaN, double.NaN, double.NaN, double.NaN);
            }

            double x = RawAt(entry);
            return new BrokerageScore(x, mean[entry], sd[entry], Z(x, mean[entry], sd[entry]), p[entry]);
        }
    }
}
