namespace RelationsGraph.Mediation;

/// <summary>
/// A criterion of the mediator ranking. It scores every candidate of a <see cref="MediationContext"/> at once (so it
/// can normalise across candidates), each value in [0, 1] (or NaN when unknown for a candidate) with a one-line explanation. Write your own and add it to
/// <see cref="MediatorOptions.Criteria"/> with a weight.
/// </summary>
public interface IMediatorCriterion
{
    /// <summary>A short lower-case name (letters, digits, hyphens), the key in output.</summary>
    string Name { get; }

    /// <summary>What it measures, in one sentence, with its source in the literature.</summary>
    string Description { get; }

    /// <summary>Scores the candidates.</summary>
    /// <param name="context">The conflict, the network and shared analyses.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One value per candidate, in <see cref="MediationContext.Candidates"/> order; <see langword="null"/> when the criterion does not apply to this network (e.g. leverage without the attribute).</returns>
    IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken);
}
