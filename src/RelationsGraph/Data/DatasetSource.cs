namespace RelationsGraph.Data;

/// <summary>A source cited by an embedded dataset's relations (<see cref="Model.Relation.Reference"/> holds its <see cref="Ref"/>).</summary>
/// <param name="Ref">The id used in the relations, e.g. <c>S001</c>.</param>
/// <param name="Title">The title or document symbol.</param>
/// <param name="Url">Where to read it (empty for a document identified by its symbol).</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Date">Its date, as given.</param>
/// <param name="Accessed">When it was read for the dataset.</param>
public sealed record DatasetSource(string Ref, string Title, string Url, string Publisher, string Date, string Accessed);
