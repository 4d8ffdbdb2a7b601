using System.Globalization;
using RelationsGraph.Metrics;
using RelationsGraph.Model;
using RelationsGraph.Common;

namespace RelationsGraph.Mediation;

/// <summary>
/// Ranks every third party of a conflict as a mediator: each criterion scores each candidate in [0, 1] with a reason
/// (or NaN: unknown for that candidate, e.g. leverage without a GDP figure); the score is the weighted mean over the
/// criteria that apply and are known for the candidate. Stability: the rank's 5th–95th percentile interval
/// when every weight is multiplied by a seeded uniform factor in [1 − j, 1 + j]. Significance: the share of networks
/// with the signs of non-membership relations permuted over the same ties (memberships, endpoints and strengths kept)
/// in which the candidate scores at least as high. Deterministic for a seed on any number of cores.
/// </summary>
/// <example>
/// <code>
/// var world = Datasets.Load("world-2023").Network;
/// var ranking = MediatorRanking.Compute(world, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = new DateOnly(2023, 6, 30) });
/// foreach (var c in ranking.Candidates.Take(5))
/// {
///     Console.WriteLine($"{c.Rank}. {c.Name} {c.Score:0.00} (ranks {c.RankLow}–{c.RankHigh}, p = {c.PValue:0.00})");
/// }
/// </code>
/// </example>
public static class MediatorRanking
{
    /// <summary>Ranks the third parties.</summary>
    /// <param name="network">The relations network (blocs and memberships included).</param>
    /// <param name="conflict">The two sides.</param>
    /// <param name="options">Date, criteria and weights, stability and significance settings.</param>
    /// <param name="progress">Receives the permutations done (optional).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The ranking, best first.</returns>
    /// <exception cref="InvalidConflictException">An unknown actor on a side, or a date outside the data's dates or with no relation valid on it.</exception>
    public static MediatorRankingResult Compute(RelationsNetwork network, Conflict conflict, MediatorOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(conflict);
        options ??= new MediatorOptions();
        Validate(options);
        conflict.Validate(network);
        foreach (var id in conflict.SideA.Concat(conflict.SideB))
        {
            if (network[id].Kind == ActorKind.Bloc)
            {
                throw new InvalidConflictException($"'{id}' is a bloc; the sides of a conflict are its member states (e.g. --side-a with their ids)");
            }
        }

        var at = network;
        if (options.At is { } date)
        {
            // The data speak from their earliest date to their latest, or on without end when a dated relation is
            // still open (has a start and no end); undated relations are timeless and set no bound.
            var dates = network.Relations.SelectMany(r => new[] { r.Period.Start, r.Period.End }).OfType<DateOnly>().ToList();
            var openEnded = network.Relations.Any(r => r.Period.Start is not null && r.Period.End is null);
            if (dates.Count > 0 && (date < dates.Min() || (!openEnded && date > dates.Max())))
            {
                throw new InvalidConflictException($"{date:yyyy-MM-dd} is outside the data, whose dates run from {dates.Min():yyyy-MM-dd} to {(openEnded ? "now" : dates.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}");
            }

            at = network.At(date);
            if (at.Relations.Length == 0)
            {
                throw new InvalidConflictException($"no relation in the data is valid on {date:yyyy-MM-dd}");
            }
        }

        var fora = new ForaIndex(at);
        var context = new MediationContext(at, conflict, options.At, fora, cancellationToken);
        var notes = new List<string>();
        if (!context.SidesHostile)
        {
            notes.Add($"mediators: the sides have no hostile relation{(options.At is { } day ? $" on {day:yyyy-MM-dd}" : string.Empty)}; the ranking says who is placed between them, not who could end a conflict");
        }
        var active = new List<(WeightedCriterion Criterion, IReadOnlyList<CriterionValue> Values)>();
        foreach (var wc in options.Criteria)
        {
            var values = wc.Criterion.Evaluate(context, cancellationToken);
            if (values is null)
            {
                notes.Add($"mediators: criterion '{wc.Criterion.Name}' does not apply to this network and is left out");
                continue;
            }

            Check(wc.Criterion, values, context.Candidates.Count);
            if (wc.Weight > 0)
            {
                active.Add((wc, values));
            }
        }

        if (active.Count == 0)
        {
            throw new ArgumentException("No criterion with a positive weight applies to this network.", nameof(options));
        }

        if (active.All(a => a.Criterion.Gate))
        {
            throw new ArgumentException("Every criterion with a positive weight is a gate; at least one must enter the weighted mean.", nameof(options));
        }

        var weights = active.Select(a => a.Criterion.Gate ? 0 : a.Criterion.Weight).ToArray();
        var gates = active.Select(a => a.Criterion.Gate).ToArray();
        var values2 = active.Select(a => a.Values.Select(v => v.Value).ToArray()).ToArray();
        var candidates = context.Candidates;
        var scores = Scores(values2, weights, gates, candidates.Count);
        var order = Order(scores, candidates);
        var rank = new int[candidates.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r + 1;
        }

        var (low, high) = Stability(values2, weights, gates, candidates, options, scores);
        var pValues = Significance(context.Prepared, options, active.Select(a => a.Criterion).ToList(), candidates, scores, progress, cancellationToken);
        var total = Total(weights);
        var ranked = order.Select(i =>
        {
            var actor = context.Network[candidates[i]];
            var known = active.Where(a => !a.Criterion.Gate && !double.IsNaN(a.Values[i].Value)).Sum(a => a.Criterion.Weight);
            var gate = Gate(values2, gates, i);
            return new MediatorCandidate(
                actor.Id,
                actor.Name,
                actor.Kind,
                rank[i],
                scores[i],
                [.. active.Select(a => KeyValuePair.Create(a.Criterion.Criterion.Name, a.Values[i].Value))],
                [.. active.Select(a => $"{a.Criterion.Criterion.Name}: {a.Values[i].Explanation}")],
                low[i],
                high[i],
                pValues[i],
                [.. active.Where(a => !a.Criterion.Gate).Select(a => KeyValuePair.Create(a.Criterion.Criterion.Name, double.IsNaN(a.Values[i].Value) || known <= 0 ? 0 : gate * a.Criterion.Weight * a.Values[i].Value / known))]);
        }).ToList();
        if (options.Permutations > 0)
        {
            notes.Add($"mediators: p-values from {options.Permutations} networks with the signs of non-membership relations permuted (seed {options.Seed})");
        }

        return new MediatorRankingResult(
            options,
            conflict,
            ranked,
            [.. active.Where(a => !a.Criterion.Gate).Select(a => KeyValuePair.Create(a.Criterion.Criterion.Name, a.Criterion.Weight / total))],
            [.. active.Where(a => a.Criterion.Gate).Select(a => a.Criterion.Criterion.Name)],
            context.SidesHostile,
            notes);
    }

    private static void Validate(MediatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Criteria);
        ArgumentOutOfRangeException.ThrowIfNegative(options.StabilityDraws, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations, nameof(options));
        if (options.WeightJitter is < 0 or > 1 || double.IsNaN(options.WeightJitter))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WeightJitter, "WeightJitter must be in [0, 1].");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wc in options.Criteria)
        {
            ArgumentNullException.ThrowIfNull(wc?.Criterion, nameof(options));
            if (!(wc.Weight >= 0) || double.IsInfinity(wc.Weight))
            {
                throw new ArgumentException($"Criterion '{wc.Criterion.Name}' has weight {wc.Weight}; weights are finite and ≥ 0.", nameof(options));
            }

            if (!names.Add(wc.Criterion.Name))
            {
                throw new ArgumentException($"Criterion '{wc.Criterion.Name}' is listed twice.", nameof(options));
            }
        }
    }

    private static void Check(IMediatorCriterion criterion, IReadOnlyList<CriterionValue> values, int count)
    {
        if (values.Count != count)
        {
            throw new InvalidOperationException($"Criterion '{criterion.Name}' returned {values.Count} values for {count} candidates.");
        }

        foreach (var v in values)
        {
            if (!(v.Value is >= 0 and <= 1 || double.IsNaN(v.Value)) || string.IsNullOrWhiteSpace(v.Explanation))
            {
                throw new InvalidOperationException($"Criterion '{criterion.Name}' returned {v.Value.ToString(CultureInfo.InvariantCulture)} ('{v.Explanation}'); values are in [0, 1] (NaN: unknown for this candidate) with an explanation.");
            }
        }
    }

    /// <summary>Weighted means per candidate over the criteria known for it (a NaN value is unknown, not zero).</summary>
    internal static double[] Scores(double[][] values, double[] weights, bool[] gates, int candidates)
    {
        var scores = new double[candidates];
        for (var c = 0; c < candidates; c++)
        {
            double s = 0, total = 0;
            for (var k = 0; k < weights.Length; k++)
            {
                if (!gates[k] && !double.IsNaN(values[k][c]))
                {
                    s += weights[k] * values[k][c];
                    total += weights[k];
                }
            }

            scores[c] = total > 0 ? s / total * Gate(values, gates, c) : 0;
        }

        return scores;
    }

    /// <summary>
    /// The sum of weights, in decimal where it fits, so that weights written in decimals normalise to themselves
    /// (0.4 + 0.3 + 0.2 + 0.1 is 1, not 1.0000000000000002).
    /// </summary>
    internal static double Total(IEnumerable<double> weights) =>
        weights.All(w => w < 1e15) ? (double)weights.Sum(w => (decimal)w) : weights.Sum();

    /// <summary>The product of the gate criteria's values for a candidate (an unknown value does not gate).</summary>
    internal static double Gate(double[][] values, bool[] gates, int candidate)
    {
        var g = 1.0;
        for (var k = 0; k < gates.Length; k++)
        {
            if (gates[k] && !double.IsNaN(values[k][candidate]))
            {
                g *= values[k][candidate];
            }
        }

        return g;
    }

    private static int[] Order(double[] scores, IReadOnlyList<string> ids)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : string.CompareOrdinal(ids[a], ids[b]));
        return order;
    }

    private static (int[] Low, int[] High) Stability(double[][] values, double[] weights, bool[] gates, IReadOnlyList<string> ids, MediatorOptions options, double[] scores)
    {
        var n = ids.Count;
        var draws = Math.Max(1, options.StabilityDraws);
        var best = new int[n][];
        var worst = new int[n][];
        for (var c = 0; c < n; c++)
        {
            best[c] = new int[draws];
            worst[c] = new int[draws];
        }

        var rng = new SplitMix64(((ulong)(uint)options.Seed << 32) ^ 0x2545F4914F6CDD1DUL);
        var drawn = new double[weights.Length];
        var sorted = new double[n];
        for (var d = 0; d < draws; d++)
        {
            double[] drawScores;
            if (options.StabilityDraws == 0)
            {
                drawScores = scores;
            }
            else
            {
                for (var k = 0; k < weights.Length; k++)
                {
                    drawn[k] = weights[k] * (1 + (options.WeightJitter * ((2 * rng.NextDouble()) - 1)));
                }

                drawScores = Scores(values, drawn, gates, n);
            }

            // Ties share ranks: the best is 1 + those strictly ahead, the worst all those at least as high.
            Array.Copy(drawScores, sorted, n);
            Array.Sort(sorted);
            for (var c = 0; c < n; c++)
            {
                var s = drawScores[c];
                var tolerance = 1e-12 * Math.Max(1, Math.Abs(s));
                var below = LowerBound(sorted, s - tolerance);
                var atMost = LowerBound(sorted, s + tolerance);
                best[c][d] = n - atMost + 1;
                worst[c][d] = n - below;
            }
        }

        var low = new int[n];
        var high = new int[n];
        for (var c = 0; c < n; c++)
        {
            Array.Sort(best[c]);
            Array.Sort(worst[c]);
            low[c] = best[c][(int)Math.Floor(0.05 * (draws - 1))];
            high[c] = worst[c][(int)Math.Ceiling(0.95 * (draws - 1))];
        }

        return (low, high);
    }

    /// <summary>The first index whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double[] Significance(MediationContext.Frame frame, MediatorOptions options, List<WeightedCriterion> criteria, IReadOnlyList<string> candidates, double[] observed, IProgress<MetricProgress>? progress, CancellationToken cancellationToken)
    {
        var n = candidates.Count;
        var p = new double[n];
        if (options.Permutations == 0)
        {
            Array.Fill(p, double.NaN);
            return p;
        }

        var relations = frame.Network.Relations;
        var permutable = Enumerable.Range(0, relations.Length).Where(i => relations[i].Kind != RelationKind.Membership).ToArray();
        var signs = permutable.Select(i => Math.Sign(relations[i].Weight)).ToArray();
        var atLeast = new int[n];
        long done = 0;
        Parallel.For(
            0,
            options.Permutations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount), CancellationToken = cancellationToken },
            r =>
            {
                var rng = new SplitMix64(((ulong)(uint)options.Seed << 32) ^ (ulong)r ^ 0x6A09E667F3BCC909UL);
                var shuffled = (int[])signs.Clone();
                for (var i = shuffled.Length - 1; i > 0; i--)
                {
                    var j = rng.Next(i + 1);
                    (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
                }

                var permuted = new double[relations.Length];
                for (var i = 0; i < permuted.Length; i++)
                {
                    permuted[i] = relations[i].Weight;
                }

                for (var i = 0; i < permutable.Length; i++)
                {
                    permuted[permutable[i]] = Math.Abs(permuted[permutable[i]]) * shuffled[i];
                }

                var context = MediationContext.WithWeights(frame, permuted, options.At, cancellationToken);
                var evaluated = criteria.Select(wc => wc.Criterion.Evaluate(context, cancellationToken)).ToArray();
                var values = evaluated.Select(v => v is null ? Enumerable.Repeat(double.NaN, n).ToArray() : v.Select(x => x.Value).ToArray()).ToArray();
                var weights = criteria.Select(wc => wc.Gate ? 0 : wc.Weight).ToArray();
                var gates = criteria.Select(wc => wc.Gate).ToArray();
                var permutedScores = Scores(values, weights, gates, n);
                for (var c = 0; c < n; c++)
                {
                    if (permutedScores[c] >= observed[c] - 1e-12)
                    {
                        Interlocked.Increment(ref atLeast[c]);
                    }
                }

                progress?.Report(new MetricProgress(Interlocked.Increment(ref done), options.Permutations));
            });
        for (var c = 0; c < n; c++)
        {
            p[c] = (1.0 + atLeast[c]) / (options.Permutations + 1.0);
        }

        return p;
    }
}
