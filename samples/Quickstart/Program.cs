using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Model;

// Relations as a weighted signed graph: the sign is polarity, the magnitude strength.
var network = new RelationsNetworkBuilder()
    .AddActor("RUS", ActorKind.State, "Russia")
    .AddActor("UKR", ActorKind.State, "Ukraine")
    .AddActor("KAZ", ActorKind.State, "Kazakhstan")
    .AddActor("TUR", ActorKind.State, "Türkiye")
    .AddActor("POL", ActorKind.State, "Poland")
    .AddRelation("RUS", "UKR", -1, RelationKind.War)
    .AddRelation("POL", "RUS", -1, RelationKind.Sanction)
    .AddRelation("POL", "UKR", 1, RelationKind.Partnership)
    .AddRelation("KAZ", "RUS", 1, RelationKind.Partnership)
    .AddRelation("KAZ", "UKR", 0.5, RelationKind.Partnership)
    .AddRelation("TUR", "RUS", 0.5, RelationKind.Partnership)
    .AddRelation("TUR", "UKR", 1, RelationKind.Partnership)
    .Build();

SignedGraph graph = network.ToSignedGraph();

// Who has the most friendly weight, and who has ties on both sides of the war?
foreach (var (rank, id, score) in graph.Strength(TieFilter.Positive).Ranking())
{
    var hostile = graph.Degree(TieFilter.Negative)[id];
    Console.WriteLine($"{rank}. {network[id].Name,-10} positive strength {score:0.0}, hostile ties {hostile}");
}
