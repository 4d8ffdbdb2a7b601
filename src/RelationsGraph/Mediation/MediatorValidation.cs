using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>One conflict of the record ranked at one date.</summary>
/// <param name="Conflict">The recorded conflict.</param>
/// <param name="At">The date (1 July of its first or last year).</param>
/// <param name="Candidates">How many third parties were ranked (0 when the conflict is not representable).</param>
/// <param name="MediatorRanks">Each sure mediator's rank (0 when it is not a candidate at the date).</param>
/// <param name="InTop">Sure mediators ranked in the top <see cref="MediatorValidationResult.Top"/>.</param>
/// <param name="Auc">The chance that a real mediator outranks a random other candidate (ties count half); NaN without a ranked mediator.</param>
/// <param name="PartisansInTop">Recorded partisans ranked in the top <see cref="MediatorValidationResult.Top"/>.</param>
/// <param name="Problem">Why the case could not be ranked, or null.</param>
public sealed record ValidationCase(
    RecordedConflict Conflict,
    DateOnly At,
    int Candidates,
    IReadOnlyList<KeyValuePair<string, int>> MediatorRanks,
    int InTop,
    double Auc,
    IReadOnlyList<string> PartisansInTop,
    string? Problem);

/// <summary>The ranking measured on a mediation record: per case and overall.</summary>
/// <param name="Top">The cut-off (10).</param>
/// <param name="Weights">The criteria's weights used.</param>
/// <param name="Cases">Every conflict at 1 July of its first and last year.</param>
public sealed record MediatorValidationResult(int Top, IReadOnlyList<KeyValuePair<string, double>> Weights, IReadOnlyList<ValidationCase> Cases)
{
    /// <summary>Sure mediators in the top <see cref="Top"/> over all cases, as a share of the sure mediators listed.</summary>
    public double MediatorsInTopShare => Cases.Sum(c => c.MediatorRanks.Count) is var n && n > 0 ? (double)Cases.Sum(c => c.InTop) / n : double.NaN;

    /// <summary>The mean AUC over the cases that have one.</summary>
    public double MeanAuc => Cases.Where(c => !double.IsNaN(c.Auc)).Select(c => c.Auc).DefaultIfEmpty(double.NaN).Average();

    /// <summary>Recorded partisans in a top <see cref="Top"/>, over all cases.</summary>
    public int PartisansInTop => Cases.Sum(c => c.PartisansInTop.Count);

    /// <summary>Cases that could not be ranked (a side or every mediator missing from the data).</summary>
    public int Unrepresentable => Cases.Count(c => c.Problem is not null);
}

/// <summary>Leave-one-conflict-out: weights fitted on the other conflicts, measured on the one left out.</summary>
/// <param name="Conflict">The conflict left out.</param>
/// <param name="FittedWeights">The weights that did best on the others.</param>
/// <param name="Fitted">The left-out conflict's cases with the fitted weights.</param>
/// <param name="Profile">The same cases with the profile's weights.</param>
public sealed record LeaveOneOutFold(RecordedConflict Conflict, IReadOnlyList<KeyValuePair<string, double>> FittedWeights, IReadOnlyList<ValidationCase> Fitted, IReadOnlyList<ValidationCase> Profile);

/// <summary>
/// Measures a mediator ranking on a record of real mediations (<see cref="MediationRecord"/>): each conflict ranked at
/// 1 July of its first and of its last year, then per case and overall the share of real mediators in the top 10, the
/// AUC (the chance that a real mediator outranks a random other candidate) and the recorded partisans in the top 10.
/// <see cref="LeaveOneConflictOut"/> checks weights out of sample: fitted on all conflicts but one, measured on that one.
/// The record is a yardstick: nothing of it enters the network.
/// </summary>
public static class MediatorValidation
{
    /// <summary>The cut-off of the "top" figures.</summary>
    public const int Top = 10;

    /// <summary>Ranks every case of the record with the given criteria and weights and measures the ranking.</summary>
    /// <param name="record">The record.</param>
    /// <param name="networkAt">The network to rank at a date (e.g. a dataset with its attributes of that year).</param>
    /// <param name="criteria">Criteria and weights (e.g. <see cref="MediatorProfiles.Empirical"/>).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The figures.</returns>
    public static MediatorValidationResult Run(MediationRecord record, Func<DateOnly, RelationsNetwork> networkAt, IReadOnlyList<WeightedCriterion> criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(criteria);
        var cases = Prepare(record, networkAt, criteria, cancellationToken);
        var weights = criteria.Select(c => c.Weight).ToArray();
        return new MediatorValidationResult(Top, Normalised(criteria, weights), [.. cases.Select(c => c.Measure(weights))]);
    }

    /// <summary>
    /// Leave-one-conflict-out: for each conflict, the weights (a grid of step <paramref name="step"/> over the simplex)
    /// that maximise mean AUC + mean top-10 share − partisan share on the other conflicts, measured on the conflict left out.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="networkAt">The network at a date.</param>
    /// <param name="criteria">The criteria (their weights are the profile compared with).</param>
    /// <param name="step">The grid step (default 0.1).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One fold per conflict, and the weights fitted on all conflicts.</returns>
    public static (IReadOnlyList<LeaveOneOutFold> Folds, IReadOnlyList<KeyValuePair<string, double>> FittedOnAll) LeaveOneConflictOut(MediationRecord record, Func<DateOnly, RelationsNetwork> networkAt, IReadOnlyList<WeightedCriterion> criteria, double step = 0.1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(criteria);
        var cases = Prepare(record, networkAt, criteria, cancellationToken);
        var free = criteria.Select((c, i) => (c, i)).Where(x => !x.c.Gate).Select(x => x.i).ToArray();
        var grid = Grid(free.Length, (int)Math.Round(1 / step)).Select(g =>
        {
            var full = criteria.Select(c => c.Gate ? c.Weight : 0).ToArray();
            for (var k = 0; k < free.Length; k++)
            {
                full[free[k]] = g[k];
            }

            return full;
        }).ToList();
        var profile = criteria.Select(c => c.Weight).ToArray();
        var folds = new List<LeaveOneOutFold>();
        foreach (var conflict in record.Conflicts)
        {
            var training = cases.Where(c => c.Conflict != conflict).ToList();
            var held = cases.Where(c => c.Conflict == conflict).ToList();
            var best = Fit(training, grid, cancellationToken);
            folds.Add(new LeaveOneOutFold(conflict, Normalised(criteria, best), [.. held.Select(c => c.Measure(best))], [.. held.Select(c => c.Measure(profile))]));
        }

        return (folds, Normalised(criteria, Fit(cases, grid, cancellationToken)));
    }

    private static double[] Fit(List<PreparedCase> cases, List<double[]> grid, CancellationToken cancellationToken)
    {
        double[]? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var w in grid)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var measured = cases.Select(c => c.Measure(w)).ToList();
            var auc = measured.Where(m => !double.IsNaN(m.Auc)).Select(m => m.Auc).DefaultIfEmpty(0).Average();
            var listed = measured.Sum(m => m.MediatorRanks.Count);
            var top = listed == 0 ? 0 : (double)measured.Sum(m => m.InTop) / listed;
            var partisansListed = cases.Sum(c => c.PartisanCount);
            var partisans = partisansListed == 0 ? 0 : (double)measured.Sum(m => m.PartisansInTop.Count) / partisansListed;
            var score = auc + top - partisans;
            if (score > bestScore + 1e-12)
            {
                bestScore = score;
                best = w;
            }
        }

        return best!;
    }

    /// <summary>All weight vectors with components k/steps summing to 1.</summary>
    private static List<double[]> Grid(int dimensions, int steps)
    {
        var result = new List<double[]>();
        var current = new int[dimensions];
        void Recurse(int i, int left)
        {
            if (i == dimensions - 1)
            {
                current[i] = left;
                result.Add([.. current.Select(c => (double)c / steps)]);
                return;
            }

            for (var k = left; k >= 0; k--)
            {
                current[i] = k;
                Recurse(i + 1, left - k);
            }
        }

        if (dimensions > 0)
        {
            Recurse(0, steps);
        }

        return result;
    }

    private static IReadOnlyList<KeyValuePair<string, double>> Normalised(IReadOnlyList<WeightedCriterion> criteria, double[] weights)
    {
        var total = MediatorRanking.Total(weights.Where((_, i) => !criteria[i].Gate));
        return [.. criteria.Select((c, i) => (c, i)).Where(x => !x.c.Gate).Select(x => KeyValuePair.Create(x.c.Criterion.Name, total > 0 ? weights[x.i] / total : 0))];
    }

    private static List<PreparedCase> Prepare(MediationRecord record, Func<DateOnly, RelationsNetwork> networkAt, IReadOnlyList<WeightedCriterion> criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkAt);
        var cases = new List<PreparedCase>();
        foreach (var conflict in record.Conflicts)
        {
            foreach (var year in conflict.FirstYear == conflict.LastYear ? [conflict.FirstYear] : new[] { conflict.FirstYear, conflict.LastYear })
            {
                var date = new DateOnly(year, 7, 1);
                cases.Add(PreparedCase.Create(conflict, date, networkAt(date), criteria, cancellationToken));
            }
        }

        return cases;
    }

    /// <summary>A case with its criteria evaluated once, so that any weights can be measured cheaply.</summary>
    private sealed class PreparedCase
    {
        private IReadOnlyList<string> candidates = [];
        private double[][] values = [];
        private bool[] gates = [];
        private List<string> mediators = [];
        private List<string> partisans = [];
        private string? problem;

        public required RecordedConflict Conflict { get; init; }

        public required DateOnly At { get; init; }

        public int PartisanCount => partisans.Count;

        public static PreparedCase Create(RecordedConflict conflict, DateOnly date, RelationsNetwork network, IReadOnlyList<WeightedCriterion> criteria, CancellationToken cancellationToken)
        {
            var prepared = new PreparedCase { Conflict = conflict, At = date };
            prepared.mediators = [.. conflict.Mediators.Where(m => !m.Unsure).Select(m => m.Id)];
            foreach (var side in new[] { conflict.A, conflict.B })
            {
                if (!network.Contains(side))
                {
                    prepared.problem = $"'{side}' is not an actor of the data";
                    return prepared;
                }
            }

            var at = network.At(date);
            var context = new MediationContext(at, new Conflict([conflict.A], [conflict.B]), date, null, cancellationToken);
            prepared.candidates = context.Candidates;
            var set = context.Candidates.ToHashSet(StringComparer.Ordinal);
            if (set.Count == 0)
            {
                prepared.problem = "no candidate at the date";
                return prepared;
            }

            prepared.gates = [.. criteria.Select(wc => wc.Gate)];
            prepared.values = [.. criteria.Select(wc =>
            {
                var v = wc.Criterion.Evaluate(context, cancellationToken);
                return v is null ? Enumerable.Repeat(double.NaN, set.Count).ToArray() : v.Select(x => x.Value).ToArray();
            })];
            prepared.partisans = [.. conflict.Partisans.Where(set.Contains)];
            return prepared;
        }

        public ValidationCase Measure(double[] weights)
        {
            if (problem is not null)
            {
                return new ValidationCase(Conflict, At, 0, [.. mediators.Select(m => KeyValuePair.Create(m, 0))], 0, double.NaN, [], problem);
            }

            // Scored exactly as MediatorRanking scores (an unknown value leaves the candidate's mean; gates multiply).
            var n = candidates.Count;
            var scores = MediatorRanking.Scores(values, [.. weights.Select((w, k) => gates[k] ? 0 : w)], [.. gates.Select((g, k) => g && weights[k] > 0)], n);
            var order = Enumerable.Range(0, n).ToArray();
            Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var k && k != 0 ? k : string.CompareOrdinal(candidates[a], candidates[b]));
            var rank = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < n; r++)
            {
                rank[candidates[order[r]]] = r + 1;
            }

            var index = candidates.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var ranks = mediators.Select(m => KeyValuePair.Create(m, rank.GetValueOrDefault(m))).ToList();
            var unsure = Conflict.Mediators.Where(m => m.Unsure).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            double wins = 0;
            long pairs = 0;
            foreach (var m in mediators.Where(index.ContainsKey))
            {
                var sm = scores[index[m]];
                for (var c = 0; c < n; c++)
                {
                    var id = candidates[c];
                    if (mediators.Contains(id) || unsure.Contains(id))
                    {
                        continue;
                    }

                    pairs++;
                    wins += sm > scores[c] + 1e-12 ? 1 : Math.Abs(sm - scores[c]) <= 1e-12 ? 0.5 : 0;
                }
            }

            return new ValidationCase(
                Conflict,
                At,
                n,
                ranks,
                ranks.Count(r => r.Value is > 0 and <= Top),
                pairs == 0 ? double.NaN : wins / pairs,
                [.. partisans.Where(p => rank.GetValueOrDefault(p) is > 0 and <= Top)],
                null);
        }
    }
}
