using RelationsGraph.Balance;
using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Catalog;

/// <summary>
/// Metrics by name: the built-ins, and any a user registers. The CLI and the notebooks look metrics up here, so a
/// metric registered from outside the library runs everywhere a built-in one does.
/// </summary>
/// <remarks>There is no global catalogue: create one with <see cref="CreateDefault"/> and register into it.</remarks>
public sealed class MetricCatalog
{
    private readonly SortedDictionary<string, MetricDescriptor> entries = new(StringComparer.Ordinal);

    /// <summary>The entries, sorted by name.</summary>
    public IReadOnlyList<MetricDescriptor> Descriptors => entries.Values.ToList();

    /// <summary>The names, sorted.</summary>
    public IReadOnlyList<string> Names => entries.Keys.ToList();

    /// <summary>The entry with this name.</summary>
    /// <param name="name">A metric name.</param>
    /// <exception cref="KeyNotFoundException">No metric has this name; the message lists the known names.</exception>
    public MetricDescriptor this[string name] =>
        entries.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"Unknown metric '{name}'; known: {string.Join(", ", entries.Keys)}.");

    /// <summary>Creates a catalogue holding the built-in metrics.</summary>
    /// <returns>A new catalogue.</returns>
    public static MetricCatalog CreateDefault()
    {
        var catalog = new MetricCatalog();
        catalog.Register(new MetricDescriptor(
            Degree.MetricName,
            "number of ties (per --ties and, when directed, --mode in|out|all)",
            MetricKind.Node,
            p => new Degree(new DegreeOptions { Ties = p.Ties ?? TieFilter.All, Mode = p.Mode ?? NeighborMode.All })));
        catalog.Register(new MetricDescriptor(
            Strength.MetricName,
            "sum of tie strengths |w| (or 1 per tie with --strength unit), per --ties and --mode",
            MetricKind.Node,
            p => new Strength(new StrengthOptions { Ties = p.Ties ?? TieFilter.All, Mode = p.Mode ?? NeighborMode.All, Strength = p.Strength ?? TieStrength.Absolute })));
        catalog.Register(new MetricDescriptor(
            Betweenness.MetricName,
            "shortest-path betweenness (Brandes): --length, --cutoff, --normalized, --endpoints, --sources/--targets, --adversaries, --approx",
            MetricKind.Node,
            p => new Betweenness(BetweennessFrom(p) with { Endpoints = p.Endpoints, Approximation = p.Approximation })));
        catalog.Register(new MetricDescriptor(
            EdgeBetweenness.MetricName,
            "shortest-path betweenness of each tie: --length, --cutoff, --normalized, --sources/--targets, --adversaries",
            MetricKind.Edge,
            p => new EdgeBetweenness(BetweennessFrom(p) with { Endpoints = p.Endpoints, Approximation = p.Approximation })));
        catalog.Register(new MetricDescriptor(
            Closeness.MetricName,
            "closeness, networkx (default) or igraph convention (--convention); directed: --mode in (default)|out|all",
            MetricKind.Node,
            p => new Closeness(new ClosenessOptions { Ties = p.Ties ?? TieFilter.All, Length = p.Length, Cutoff = p.Cutoff, Convention = p.Convention, Mode = p.Mode ?? NeighborMode.In, Force = p.Force })));
        catalog.Register(new MetricDescriptor(
            Harmonic.MetricName,
            "harmonic centrality: sum of 1/d (÷ (n-1) with --normalized); directed: --mode in (default)|out|all",
            MetricKind.Node,
            p => new Harmonic(new HarmonicOptions { Ties = p.Ties ?? TieFilter.All, Length = p.Length, Cutoff = p.Cutoff, Normalized = p.Normalized, Mode = p.Mode ?? NeighborMode.In, Force = p.Force })));
        catalog.Register(new MetricDescriptor(
            GouldFernandezBrokerage.MetricName,
            "Gould-Fernandez brokerage roles with expected values and z-scores, as R sna: --group-column, --ties",
            MetricKind.Node,
            p => new GouldFernandezBrokerage(new BrokerageOptions { Ties = p.Ties ?? TieFilter.All, Groups = p.Groups })));
        catalog.Register(new MetricDescriptor(
            SignedBrokerage.MetricName,
            "brokerage over positive ties between hostile parties, with a sign-permutation null: --group-column, --permutations, --seed",
            MetricKind.Node,
            p => new SignedBrokerage(new SignedBrokerageOptions { Ties = p.Ties ?? TieFilter.All, Groups = p.Groups, Permutations = p.Permutations, Seed = p.Seed })));
        catalog.Register(new MetricDescriptor(
            PnCentrality.MetricName,
            "PN centrality (Everett & Borgatti 2014, as R signnet pn_index): positive minus twice negative ties, along walks; undirected",
            MetricKind.Node,
            p => new PnCentrality(new SignedMetricOptions { Ties = p.Ties ?? TieFilter.All })));
        catalog.Register(new MetricDescriptor(
            SignedEigenvector.MetricName,
            "signed eigenvector centrality (Bonacich & Lloyd 2004): dominant eigenvector of the signed adjacency, sign = side; undirected",
            MetricKind.Node,
            p => new SignedEigenvector(new SignedMetricOptions { Ties = p.Ties ?? TieFilter.All })));
        catalog.Register(new MetricDescriptor(
            StatusConsistency.MetricName,
            "status theory (Leskovec et al. 2010): share of a node's triads whose signs admit a status order; directed",
            MetricKind.Node,
            p => new StatusConsistency(new SignedMetricOptions { Ties = p.Ties ?? TieFilter.All })));
        catalog.Register(new MetricDescriptor(
            FrustrationContribution.MetricName,
            "each node's share of the frustration index (half of each frustrated tie, under the partition found): --strength unit (default)|abs, --seed; undirected",
            MetricKind.Node,
            p => new FrustrationContribution(new FrustrationOptions { Ties = p.Ties ?? TieFilter.All, Strength = p.Strength ?? TieStrength.Unit, Seed = p.Seed })));
        foreach (var (name, description, create) in new (string, string, Func<StructuralHolesOptions, IMetric>)[]
        {
            (Constraint.MetricName, "Burt's constraint (networkx; igraph on undirected graphs): --ties, --strength abs|unit", o => new Constraint(o)),
            (EffectiveSize.MetricName, "Burt's effective size (networkx): --ties, --strength abs|unit", o => new EffectiveSize(o)),
            (Efficiency.MetricName, "Burt's efficiency = effective size / contacts: --ties, --strength abs|unit", o => new Efficiency(o)),
            (Hierarchy.MetricName, "Burt's hierarchy, concentration of constraint in one contact: --ties, --strength abs|unit", o => new Hierarchy(o)),
        })
        {
            catalog.Register(new MetricDescriptor(name, description, MetricKind.Node, p => create(new StructuralHolesOptions { Ties = p.Ties ?? TieFilter.All, Strength = p.Strength ?? TieStrength.Absolute })));
        }

        return catalog;
    }

    private static BetweennessOptions BetweennessFrom(MetricParameters p) => new()
    {
        Ties = p.Ties ?? (p.Adversaries ? TieFilter.Positive : TieFilter.All),
        Length = p.Length,
        Cutoff = p.Cutoff,
        Normalized = p.Normalized,
        Sources = p.Sources,
        Targets = p.Targets,
        Adversaries = p.Adversaries,
        Force = p.Force,
    };

    /// <summary>Adds a metric.</summary>
    /// <param name="descriptor">The entry.</param>
    /// <returns>This catalogue.</returns>
    /// <exception cref="ArgumentException">The name is empty, not lower-case with hyphens, or already taken.</exception>
    public MetricCatalog Register(MetricDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(descriptor.Create);
        if (string.IsNullOrEmpty(descriptor.Name) || !descriptor.Name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"Metric name '{descriptor.Name}' must be lower-case letters, digits and hyphens.", nameof(descriptor));
        }

        if (!entries.TryAdd(descriptor.Name, descriptor))
        {
            throw new ArgumentException($"A metric named '{descriptor.Name}' is already registered.", nameof(descriptor));
        }

        return this;
    }

    /// <summary>Looks an entry up by name.</summary>
    /// <param name="name">A metric name.</param>
    /// <param name="descriptor">The entry, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MetricDescriptor? descriptor) =>
        entries.TryGetValue(name, out descriptor);
}
