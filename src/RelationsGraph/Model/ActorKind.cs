namespace RelationsGraph.Model;

/// <summary>What an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>Anything else, and the kind of actors created implicitly from relation endpoints.</summary>
    Other = 0,

    /// <summary>A sovereign state; its id is its ISO 3166-1 alpha-3 code by convention.</summary>
    State,

    /// <summary>A bloc of states (NATO, EU, CSTO, ...); its members are joined to it by <see cref="RelationKind.Membership"/> relations.</summary>
    Bloc,

    /// <summary>An international or non-state organization that is not treated as a bloc.</summary>
    Organization,
}
