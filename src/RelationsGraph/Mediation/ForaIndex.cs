using System.Globalization;
using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>
/// Bloc memberships at the analysis date, read once: who is in which bloc (with the membership's strength: its weight
/// capped to [0, 1], so full 1, associate 0.5, observer 0.25 in the world dataset), each bloc's size, kind and strength
/// as a forum, and the fora every pair of actors shares. Memberships are not permuted by the significance test, so one
/// index serves every permuted network.
/// </summary>
internal sealed class ForaIndex
{
    private readonly Dictionary<string, List<(string Bloc, double Weight)>> memberOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> size = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> category = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> strength = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), double> pairs = [];
    private readonly Dictionary<string, List<(string Actor, double Weight)>> members = new(StringComparer.Ordinal);

    private readonly Lock edgeLock = new();
    private string[]? edgeNodes;
    private (int[] Sources, int[] Targets, double[] Weights) edges;

    public ForaIndex(RelationsNetwork network)
    {
        foreach (var r in network.Relations)
        {
            if (r.Kind != RelationKind.Membership || !network.TryGetActor(r.Target, out var bloc) || bloc.Kind != ActorKind.Bloc || r.Weight <= 0)
            {
                continue;
            }

            var list = memberOf.TryGetValue(r.Source, out var l) ? l : memberOf[r.Source] = [];
            var existing = list.FindIndex(m => m.Bloc == r.Target);
            var w = Math.Min(1, r.Weight);
            if (existing < 0)
            {
                list.Add((r.Target, w));
                size[r.Target] = size.GetValueOrDefault(r.Target) + 1;
            }
            else if (w > list[existing].Weight)
            {
                list[existing] = (r.Target, w);
            }
        }

        var states = network.Actors.Count(a => a.Kind != ActorKind.Bloc && memberOf.ContainsKey(a.Id));
        foreach (var (bloc, n) in size)
        {
            var kind = network[bloc].Attributes.TryGetValue("category", out var c) && c.Length > 0 ? c.ToLowerInvariant() : DefaultCategory(bloc);
            if (states >= 20 && n >= 0.9 * states)
            {
                kind = "universal";
            }

            category[bloc] = kind;
            strength[bloc] = MediationContext.ForumStrength(kind, n);
        }

        foreach (var list in memberOf.Values)
        {
            list.Sort((x, y) => string.CompareOrdinal(x.Bloc, y.Bloc));
        }

        // Co-membership strength of every pair: 1 − Π(1 − forum strength × weaker membership).
        var members = this.members;
        foreach (var (actor, list) in memberOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var (bloc, w) in list)
            {
                (members.TryGetValue(bloc, out var m) ? m : members[bloc] = []).Add((actor, w));
            }
        }

        var miss = new Dictionary<(string, string), double>();
        foreach (var (bloc, list) in members.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var s = strength[bloc];
            if (s <= 0)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var key = MediationContext.Key(list[i].Actor, list[j].Actor);
                    miss[key] = miss.GetValueOrDefault(key, 1) * (1 - (s * Math.Min(list[i].Weight, list[j].Weight)));
                }
            }
        }

        foreach (var (key, m) in miss)
        {
            pairs[key] = 1 - m;
        }

        FindRegionalTreaties(network);
        foreach (var (key, strength) in pairs)
        {
            ByIndex[MediationContext.Pair(network.IndexOf(key.Item1), network.IndexOf(key.Item2))] = strength;
        }

        foreach (var key in RegionalTreaty)
        {
            RegionalTreatyByIndex.Add(MediationContext.Pair(network.IndexOf(key.Item1), network.IndexOf(key.Item2)));
        }
    }

    /// <summary><see cref="Pairs"/> keyed by the actors' positions in the network (<see cref="MediationContext.Pair"/>).</summary>
    public Dictionary<long, double> ByIndex { get; } = [];

    /// <summary><see cref="RegionalTreaty"/> keyed by the actors' positions in the network.</summary>
    public HashSet<long> RegionalTreatyByIndex { get; } = [];

    /// <summary>
    /// Pairs inside a regional collective-security treaty: alliance data (ATOP) code the Arab League's or the Rio Treaty
    /// as an alliance between every pair of members, which marks membership of a region, not a side. A non-security
    /// bloc of at least 8 members whose member pairs mostly (≥ 50 %) have an alliance relation is read as such a
    /// treaty. Read from which pairs have alliance relations, whatever their sign, so one set serves every permuted network.
    /// </summary>
    public HashSet<(string, string)> RegionalTreaty { get; } = [];

    /// <summary>Finds the regional treaties (see <see cref="RegionalTreaty"/>) among the relations.</summary>
    private void FindRegionalTreaties(RelationsNetwork network)
    {
        var allied = new HashSet<(string, string)>();
        foreach (var r in network.Relations)
        {
            if (r.Kind == RelationKind.Alliance)
            {
                allied.Add(MediationContext.Key(r.Source, r.Target));
            }
        }

        foreach (var (bloc, list) in members)
        {
            if (list.Count < 8 || CategoryOf(bloc) == "security")
            {
                continue;
            }

            var inside = new List<(string, string)>();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var key = MediationContext.Key(list[i].Actor, list[j].Actor);
                    if (allied.Contains(key))
                    {
                        inside.Add(key);
                    }
                }
            }

            if (inside.Count >= 0.5 * list.Count * (list.Count - 1) / 2)
            {
                RegionalTreaty.UnionWith(inside);
            }
        }
    }

    /// <summary>The fora pairs among <paramref name="nodes"/> as index arrays (computed once per node list).</summary>
    /// <remarks>Thread-safe: the permutations of the significance test share one index.</remarks>
    public (int[] Sources, int[] Targets, double[] Weights) EdgeArrays(string[] nodes, Dictionary<string, int> index)
    {
        lock (edgeLock)
        {
            return edgeNodes is not null && edgeNodes.AsSpan().SequenceEqual(nodes) ? edges : BuildEdgeArrays(nodes, index);
        }
    }

    private (int[] Sources, int[] Targets, double[] Weights) BuildEdgeArrays(string[] nodes, Dictionary<string, int> index)
    {
        var s = new List<int>();
        var t = new List<int>();
        var w = new List<double>();
        foreach (var (key, strength) in pairs.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            if (strength > 0 && index.TryGetValue(key.Item1, out var u) && index.TryGetValue(key.Item2, out var v))
            {
                s.Add(u);
                t.Add(v);
                w.Add(strength);
            }
        }

        edges = ([.. s], [.. t], [.. w]);
        edgeNodes = nodes;
        return edges;
    }

    /// <summary>Pairs of actors sharing at least one forum of positive strength, with the combined strength.</summary>
    public IReadOnlyDictionary<(string, string), double> Pairs => pairs;

    /// <summary>The blocs and their members (in id order).</summary>
    public IReadOnlyDictionary<string, List<(string Actor, double Weight)>> Members => members;

    /// <summary>The blocs an actor belongs to, by id.</summary>
    public IReadOnlyList<(string Bloc, double Weight)> BlocsOf(string actor) => memberOf.TryGetValue(actor, out var l) ? l : [];

    public int SizeOf(string bloc) => size.GetValueOrDefault(bloc);

    public string CategoryOf(string bloc) => category.GetValueOrDefault(bloc, "political");

    public double StrengthOf(string bloc) => strength.GetValueOrDefault(bloc);

    /// <summary>The fora two actors share (strongest first, then by id).</summary>
    public IReadOnlyList<SharedForum> Shared(string a, string b)
    {
        var x = BlocsOf(a);
        var y = BlocsOf(b);
        var shared = new List<SharedForum>();
        int i = 0, j = 0;
        while (i < x.Count && j < y.Count)
        {
            var c = string.CompareOrdinal(x[i].Bloc, y[j].Bloc);
            if (c == 0)
            {
                var s = StrengthOf(x[i].Bloc) * Math.Min(x[i].Weight, y[j].Weight);
                if (s > 0)
                {
                    shared.Add(new SharedForum(x[i].Bloc, s));
                }

                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        shared.Sort((p, q) => q.Strength.CompareTo(p.Strength) is var k && k != 0 ? k : string.CompareOrdinal(p.Bloc, q.Bloc));
        return shared;
    }

    /// <summary>The kind of well-known blocs when the data give none (an actor attribute <c>category</c> overrides it).</summary>
    internal static string DefaultCategory(string bloc) => bloc.ToUpperInvariant() switch
    {
        "UN" => "universal",
        "NATO" or "CSTO" or "GUAM" => "security",
        "EAEU" or "BRICS" or "G7" or "G20" or "BSEC" or "APEC" or "MERCOSUR" => "economic",
        _ => "political",
    };

    internal static string Describe(IReadOnlyList<SharedForum> fora, int max = 4) =>
        fora.Count == 0 ? "none"
        : string.Join(", ", fora.Take(max).Select(f => f.Bloc)) + (fora.Count > max ? $" +{(fora.Count - max).ToString(CultureInfo.InvariantCulture)}" : string.Empty);
}
