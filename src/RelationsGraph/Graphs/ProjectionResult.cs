namespace RelationsGraph.Graphs;

/// <summary>The outcome of <see cref="GraphProjection.Project(Model.RelationsNetwork, ProjectionOptions?)"/>.</summary>
/// <param name="Graph">The analysis graph.</param>
/// <param name="Report">What the projection did.</param>
public sealed record ProjectionResult(SignedGraph Graph, ProjectionReport Report);
