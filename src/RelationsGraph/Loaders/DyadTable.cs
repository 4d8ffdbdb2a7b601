using System.Globalization;
using nietras.SeparatedValues;
using RelationsGraph.Model;

namespace RelationsGraph.Loaders;

/// <summary>
/// Loaded data as dyads per period (sorted by period, source, target), with the report of what was read and left out.
/// Turn it into a network (one relation per dyad and period, valid over the period) or write the edges CSV of
/// <c>relgraph import</c>.
/// </summary>
public sealed class DyadTable
{
    internal DyadTable(RelationKind kind, bool directed, PeriodKind period, IReadOnlyList<DyadAggregate> dyads, LoadReport report)
    {
        Kind = kind;
        IsDirected = directed;
        Period = period;
        Dyads = dyads;
        Report = report;
    }

    /// <summary>The relation kind the dyads become (<see cref="RelationKind.Event"/> or <see cref="RelationKind.Vote"/>).</summary>
    public RelationKind Kind { get; }

    /// <summary>Whether dyads are ordered (source → target).</summary>
    public bool IsDirected { get; }

    /// <summary>The periods used.</summary>
    public PeriodKind Period { get; }

    /// <summary>The dyads, sorted by period, source and target.</summary>
    public IReadOnlyList<DyadAggregate> Dyads { get; }

    /// <summary>What was read, used and left out.</summary>
    public LoadReport Report { get; }

    /// <summary>
    /// A network: every id as a state actor, one relation per dyad and period with its weight, valid over the period
    /// (open for <c>all</c>), with the attributes <c>count</c> and, for events, <c>quad1</c>–<c>quad4</c>.
    /// </summary>
    /// <returns>The network.</returns>
    public RelationsNetwork ToNetwork()
    {
        var builder = new RelationsNetworkBuilder();
        foreach (var id in Dyads.SelectMany(d => new[] { d.Source, d.Target }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            builder.AddActor(id, ActorKind.State);
        }

        foreach (var d in Dyads)
        {
            var attributes = new List<KeyValuePair<string, string>> { new("count", d.Count.ToString(CultureInfo.InvariantCulture)), new("period", d.Period) };
            if (Kind == RelationKind.Event)
            {
                for (var q = 0; q < 4; q++)
                {
                    attributes.Add(new($"quad{q + 1}", d.QuadCounts[q].ToString(CultureInfo.InvariantCulture)));
                }
            }
            else if (Kind == RelationKind.Alliance)
            {
                attributes.Add(new("obligation", Obligation(d.Weight)));
            }

            builder.AddRelation(new Relation(d.Source, d.Target, d.Weight, Kind, IsDirected, Validity(d.Period), attributes: attributes));
        }

        return builder.Build();
    }

    /// <summary>Writes the edges CSV: <c>source,target,weight,period,count</c> (events also <c>quad1..quad4</c>), plus <c>kind,directed,start,end</c> so it reads back as a network.</summary>
    /// <param name="writer">The writer (left open).</param>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        string[] quads = ["quad1", "quad2", "quad3", "quad4"];
        string[] obligation = ["obligation"];
        csv.Header.Add(["source", "target", "weight", "period", "count", .. Kind == RelationKind.Event ? quads : Kind == RelationKind.Alliance ? obligation : [], "kind", "directed", "start", "end"]);
        foreach (var d in Dyads)
        {
            using var row = csv.NewRow();
            row["source"].Set(IO.SpreadsheetText.Protect(d.Source));
            row["target"].Set(IO.SpreadsheetText.Protect(d.Target));
            row["weight"].Set(d.Weight.ToString("R", CultureInfo.InvariantCulture));
            row["period"].Set(d.Period);
            row["count"].Set(d.Count.ToString(CultureInfo.InvariantCulture));
            if (Kind == RelationKind.Event)
            {
                for (var q = 0; q < 4; q++)
                {
                    row[quads[q]].Set(d.QuadCounts[q].ToString(CultureInfo.InvariantCulture));
                }
            }

            if (Kind == RelationKind.Alliance)
            {
                row["obligation"].Set(Obligation(d.Weight));
            }

            var validity = Validity(d.Period);
            row["kind"].Set(Kind.ToString().ToLowerInvariant());
            row["directed"].Set(IsDirected ? "true" : "false");
            row["start"].Set(validity.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
            row["end"].Set(validity.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    /// <summary>The obligation an alliance weight stands for (<see cref="AllianceLoader"/>'s scale).</summary>
    /// <param name="weight">The weight.</param>
    /// <returns><c>defense</c>, <c>offense</c>, <c>neutrality</c>, <c>nonaggression</c> or <c>consultation</c> (COW: entente).</returns>
    public static string Obligation(double weight) => weight switch
    {
        >= 1 => "defense",
        >= 0.9 => "offense",
        >= 0.6 => "neutrality",
        >= 0.5 => "nonaggression",
        _ => "consultation",
    };

    /// <summary>The validity of a period key: a year, a month, or open for <c>all</c>.</summary>
    /// <param name="period">The key.</param>
    /// <returns>The validity period.</returns>
    public static ValidityPeriod Validity(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return new ValidityPeriod(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        if (period.Length == 7 && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            return new ValidityPeriod(m, new DateOnly(m.Year, m.Month, DateTime.DaysInMonth(m.Year, m.Month)));
        }

        return default;
    }
}
