using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>
/// The layers the mediation context keeps apart, so that no layer cancels another: a shared forum never makes
/// adversaries friends, a trade tie never hides a defence pact with one side.
/// </summary>
public enum MediationLayer
{
    /// <summary>War, armed conflict, sanctions, rivalry, and any other relation with a negative weight.</summary>
    Hostility,

    /// <summary>Alliances and partnerships (and positive events or other positive relations).</summary>
    Alignment,

    /// <summary>Support of a party in an armed conflict (<see cref="RelationKind.Support"/>).</summary>
    Support,

    /// <summary>Membership of a bloc or organisation: co-membership is read as a shared forum.</summary>
    Fora,

    /// <summary>Agreement in votes (<see cref="RelationKind.Vote"/>, either sign), and ideal points.</summary>
    Affinity,

    /// <summary>Trade dependence (<see cref="RelationKind.Trade"/>).</summary>
    Economy,
}

/// <summary>The layer of each relation.</summary>
public static class MediationLayers
{
    /// <summary>
    /// The layer of a relation: memberships are fora and votes affinity whatever their sign; otherwise any negative
    /// weight is hostility; positive relations go by kind (support, trade, and alignment for the rest — a positive
    /// war, as in a sign-permuted network, counts as alignment).
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its layer.</returns>
    public static MediationLayer Of(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Of(relation.Kind, relation.Weight);
    }

    /// <summary>The layer of a relation of this kind and weight.</summary>
    internal static MediationLayer Of(RelationKind kind, double weight)
    {
        return kind switch
        {
            RelationKind.Membership => MediationLayer.Fora,
            RelationKind.Vote => MediationLayer.Affinity,
            _ when weight < 0 => MediationLayer.Hostility,
            RelationKind.Support => MediationLayer.Support,
            RelationKind.Trade => MediationLayer.Economy,
            _ => MediationLayer.Alignment,
        };
    }

    /// <summary>Whether a relation is armed hostility (war or armed conflict with a negative weight).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns><see langword="true"/> for a negative war or conflict.</returns>
    public static bool IsArmed(Relation relation) =>
        relation is { Weight: < 0, Kind: RelationKind.War or RelationKind.Conflict };
}
