namespace RelationsGraph.Graphs;

/// <summary>What the graph projection does with actors of kind <see cref="Model.ActorKind.Bloc"/>.</summary>
public enum BlocHandling
{
    /// <summary>Blocs stay nodes; memberships are edges between a member and its bloc (the default).</summary>
    Keep = 0,

    /// <summary>Blocs and every relation touching them are left out (counted in the report).</summary>
    Drop,

    /// <summary>Blocs become co-membership ties between their members, by the rules of <see cref="Model.BlocProjection"/>.</summary>
    ProjectToMembers,
}
