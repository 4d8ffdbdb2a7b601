namespace RelationsGraph.Paths;

/// <summary>
/// How a path metric turns a tie into a length. Weights are strengths and signs are polarity, so no built-in length
/// ever reads the sign: choose which ties carry paths with <see cref="Graphs.TieFilter"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Hops"/>: 1 per tie (unweighted paths; the default of every path metric, as in igraph and networkx).</item>
/// <item><see cref="InverseStrength"/>: 1/|w|, so a stronger tie is a shorter path. A zero-weight tie has infinite
/// length and carries no path.</item>
/// <item><see cref="WeightAsDistance"/>: |w|, the convention of igraph's and networkx's <c>weights</c>, for
/// comparisons. A zero-weight tie would have length 0 and is rejected.</item>
/// <item><see cref="Custom(string, Func{double, double})"/>: any function of the signed weight returning a finite
/// length above zero; anything else is rejected with an <see cref="InvalidLengthException"/> naming the tie.</item>
/// </list>
/// </remarks>
public sealed class EdgeLength
{
    private EdgeLength(string name, EdgeLengthKind kind, Func<double, double>? function)
    {
        Name = name;
        Kind = kind;
        Function = function;
    }

    /// <summary>1 per tie.</summary>
    public static EdgeLength Hops { get; } = new("hops", EdgeLengthKind.Hops, null);

    /// <summary>1/|w|: a stronger tie is a shorter path.</summary>
    public static EdgeLength InverseStrength { get; } = new("inverse", EdgeLengthKind.InverseStrength, null);

    /// <summary>|w|: igraph's and networkx's convention of weights as costs.</summary>
    public static EdgeLength WeightAsDistance { get; } = new("distance", EdgeLengthKind.WeightAsDistance, null);

    /// <summary>The name shown in results and accepted by the CLI (<c>hops</c>, <c>inverse</c>, <c>distance</c>, or a custom name).</summary>
    public string Name { get; }

    /// <summary>Whether every tie has length 1 (paths are counted in hops).</summary>
    public bool IsHops => Kind == EdgeLengthKind.Hops;

    internal EdgeLengthKind Kind { get; }

    internal Func<double, double>? Function { get; }

    /// <summary>A length computed by <paramref name="length"/> from a tie's signed weight.</summary>
    /// <param name="name">A short name for results and messages.</param>
    /// <param name="length">Returns a finite length above zero for each weight.</param>
    /// <returns>The edge length.</returns>
    public static EdgeLength Custom(string name, Func<double, double> length)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(length);
        return new EdgeLength(name, EdgeLengthKind.Custom, length);
    }

    /// <summary>Parses a CLI name: <c>hops</c>, <c>inverse</c> or <c>distance</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The built-in length.</returns>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static EdgeLength Parse(string name) => name switch
    {
        "hops" => Hops,
        "inverse" => InverseStrength,
        "distance" => WeightAsDistance,
        _ => throw new ArgumentException($"Unknown edge length '{name}' (hops, inverse or distance).", nameof(name)),
    };

    /// <summary>The length of a tie of signed weight <paramref name="weight"/>: +∞ means the tie carries no path.</summary>
    /// <param name="weight">The signed weight.</param>
    /// <returns>The length, not yet validated.</returns>
    public double Of(double weight) => Kind switch
    {
        EdgeLengthKind.Hops => 1,
        EdgeLengthKind.InverseStrength => 1 / Math.Abs(weight),
        EdgeLengthKind.WeightAsDistance => Math.Abs(weight),
        _ => Function!(weight),
    };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
