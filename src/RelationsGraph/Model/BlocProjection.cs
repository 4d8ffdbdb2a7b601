using System.Collections.Immutable;

namespace RelationsGraph.Model;

/// <summary>
/// Projects blocs away: a bloc becomes the ties it creates between its members.
/// </summary>
/// <remarks>
/// <para>Rules, applied to a <see cref="RelationsNetwork"/>:</para>
/// <list type="number">
/// <item>A bloc is an actor of kind <see cref="ActorKind.Bloc"/>. Its members are the non-bloc sources of
/// <see cref="RelationKind.Membership"/> relations whose target is the bloc.</item>
/// <item>Every two members a, b of a bloc B get one undirected <see cref="RelationKind.Membership"/> relation
/// (co-membership) with weight min(w(a→B), w(b→B)) — 1 for unit memberships, so that summing parallel ties
/// counts shared blocs — valid over the intersection of the two membership periods (none when they never
/// overlap), with the attribute <c>via</c> = B.</item>
/// <item>Every other relation with a bloc endpoint is redrawn between that bloc's members (each member inherits
/// the bloc's tie, over the intersection of the periods, attribute <c>via</c> = the bloc ids): EU sanctions on
/// RUS become sanctions of each EU member on RUS. A redrawn relation that would join an actor to itself
/// (a state in both blocs of a bloc–bloc tie) is left out and counted in <see cref="BlocProjectionResult.SelfPairsDropped"/>.</item>
/// <item>A bloc relation that maps to no member (the bloc has no members, or none over the relation's period)
/// is left out and counted in <see cref="BlocProjectionResult.UnmappedDropped"/>. A member listed twice in a bloc
/// over overlapping periods counts once; the repeated membership is counted in
/// <see cref="BlocProjectionResult.DuplicateMembershipsIgnored"/>.</item>
/// <item>Bloc actors are removed; relations between non-blocs are unchanged.</item>
/// </list>
/// </remarks>
public static class BlocProjection
{
    /// <summary>Projects blocs away from <paramref name="network"/>.</summary>
    /// <param name="network">The network.</param>
    /// <returns>The projected network and what was left out.</returns>
    public static BlocProjectionResult Project(RelationsNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var isBloc = network.Actors.Where(a => a.Kind == ActorKind.Bloc).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (isBloc.Count == 0)
        {
            return new BlocProjectionResult(network, 0, 0, 0);
        }

        var members = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var r in network.Relations)
        {
            if (r.Kind == RelationKind.Membership && isBloc.Contains(r.Target) && !isBloc.Contains(r.Source))
            {
                if (!members.TryGetValue(r.Target, out var list))
                {
                    members.Add(r.Target, list = []);
                }

                if (list.Exists(m => string.Equals(m.Source, r.Source, StringComparison.Ordinal) && m.Period.Intersect(r.Period) is not null))
                {
                    duplicates++;
                    continue;
                }

                list.Add(r);
            }
        }

        var output = ImmutableArray.CreateBuilder<Relation>();
        int selfPairs = 0, unmapped = 0;
        foreach (var r in network.Relations)
        {
            var sourceIsBloc = isBloc.Contains(r.Source);
            var targetIsBloc = isBloc.Contains(r.Target);
            if (!sourceIsBloc && !targetIsBloc)
            {
                output.Add(r);
            }
            else if (r.Kind == RelationKind.Membership && targetIsBloc && !sourceIsBloc)
            {
                // Co-membership pairs are emitted once per bloc below.
            }
            else
            {
                var before = output.Count;
                foreach (var (source, sourcePeriod) in Expand(r.Source, sourceIsBloc, members))
                {
                    foreach (var (target, targetPeriod) in Expand(r.Target, targetIsBloc, members))
                    {
                        if (string.Equals(source, target, StringComparison.Ordinal))
                        {
                            selfPairs++;
                            continue;
                        }

                        if (r.Period.Intersect(sourcePeriod)?.Intersect(targetPeriod) is { } period)
                        {
                            var via = sourceIsBloc && targetIsBloc ? $"{r.Source},{r.Target}" : sourceIsBloc ? r.Source : r.Target;
                            output.Add(r with { Source = source, Target = target, Period = period, Attributes = r.Attributes.SetItem("via", via) });
                        }
                    }
                }

                if (output.Count == before)
                {
                    unmapped++;
                }
            }
        }

        foreach (var bloc in network.Actors.Where(a => a.Kind == ActorKind.Bloc))
        {
            if (!members.TryGetValue(bloc.Id, out var list))
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (string.Equals(a.Source, b.Source, StringComparison.Ordinal))
                    {
                        continue; // the same member listed twice (two membership periods): not a pair
                    }

                    if (a.Period.Intersect(b.Period) is { } period)
                    {
                        output.Add(new Relation(
                            a.Source,
                            b.Source,
                            Math.Min(a.Weight, b.Weight),
                            RelationKind.Membership,
                            isDirected: false,
                            period,
                            reference: null,
                            attributes: [new KeyValuePair<string, string>("via", bloc.Id)]));
                    }
                }
            }
        }

        var actors = network.Actors.RemoveAll(a => a.Kind == ActorKind.Bloc);
        return new BlocProjectionResult(new RelationsNetwork(actors, output.ToImmutable()), selfPairs, unmapped, duplicates);
    }

    private static IEnumerable<(string Id, ValidityPeriod Period)> Expand(string id, bool isBloc, Dictionary<string, List<Relation>> members)
    {
        if (!isBloc)
        {
            yield return (id, ValidityPeriod.Always);
            yield break;
        }

        if (members.TryGetValue(id, out var list))
        {
            foreach (var m in list)
            {
                yield return (m.Source, m.Period);
            }
        }
    }
}
